from_var_file = "var-file"
from_var      = "var-file"
