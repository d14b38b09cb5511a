variable "from_default" {
  default = "default"
}

variable "from_env" {
  default = "default"
}

variable "from_tfvars" {
  default = "default"
}

variable "from_tfvars_json" {
  default = "default"
}

variable "from_auto" {
  default = "default"
}

variable "from_var_file" {
  default = "default"
}

variable "from_var" {
  default = "default"
}

variable "env_number" {
  type = number
}

variable "var_list" {
  type = list(string)
}

variable "no_value" {
  type = string
}

variable "no_value_any" {}

variable "nullable_false" {
  type     = string
  default  = "fallback"
  nullable = false
}

variable "settings" {
  type = object({
    name  = string
    port  = optional(number, 443)
    cidrs = optional(list(string), ["10.0.0.0/8"])
    inner = optional(object({
      enabled = optional(bool, true)
    }), {})
  })
  default = {
    name = "web"
  }
}

variable "rules" {
  type = list(object({
    port     = number
    protocol = optional(string, "tcp")
  }))
  default = [{ port = 22 }, { port = 53, protocol = "udp" }]
}

resource "aws_vpc" "v" {
  cidr_block = var.no_value
  tags = {
    from_default     = var.from_default
    from_env         = var.from_env
    from_tfvars      = var.from_tfvars
    from_tfvars_json = var.from_tfvars_json
    from_auto        = var.from_auto
    from_var_file    = var.from_var_file
    from_var         = var.from_var
    nullable_false   = var.nullable_false
  }
  env_number     = var.env_number + 1
  var_list       = var.var_list
  no_value_any   = var.no_value_any
  no_value_upper = upper(var.no_value)
  settings       = var.settings
  rules          = var.rules
}
