from_auto     = "a.auto"
from_var_file = "a.auto"
from_var      = "a.auto"
