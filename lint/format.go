package lint

import (
	"fmt"
	"strconv"
	"strings"
)

// HCLValue renders an option value (a string, a number, a bool, a
// []string, an []int, or a fmt.Stringer parsed from a string, as
// Option.Default holds) as HCL, the way a user writes it in .vpclint.hcl:
// "Owner", ["Owner", "Purpose"], [22, 3389], 3, true, "1024-65535".
func HCLValue(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case []string:
		quoted := make([]string, len(v))
		for i, s := range v {
			quoted[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(quoted, ", ") + "]"
	case []int: // a list of numbers, such as ports
		nums := make([]string, len(v))
		for i, n := range v {
			nums[i] = strconv.Itoa(n)
		}
		return "[" + strings.Join(nums, ", ") + "]"
	case fmt.Stringer: // a parsed option (a port range) is written as the string it parses from
		return strconv.Quote(v.String())
	default:
		return fmt.Sprint(v)
	}
}
