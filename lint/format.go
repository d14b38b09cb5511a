package lint

import (
	"fmt"
	"strconv"
	"strings"
)

// HCLValue renders an option value (a string, a number, a bool or a
// []string, as Option.Default holds) as HCL, the way a user writes it in
// .vpclint.hcl: "Owner", ["Owner", "Purpose"], 3, true.
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
	default:
		return fmt.Sprint(v)
	}
}
