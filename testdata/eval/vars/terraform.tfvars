from_tfvars      = "tfvars"
from_tfvars_json = "tfvars"
from_auto        = "tfvars"
from_var_file    = "tfvars"
from_var         = "tfvars"
undeclared       = "ignored"
nullable_false   = null
