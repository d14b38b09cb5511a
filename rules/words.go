package rules

import (
	"fmt"
	"strings"
)

// Wording helpers shared by the rules' messages.

// plural picks the singular or plural wording for n items.
func plural(one, many string, n int) string {
	if n == 1 {
		return one
	}
	return many
}

// joinUpTo joins names as naclJoin does, naming at most limit of them and
// counting the rest: "a, b and 3 more".
func joinUpTo(names []string, limit int) string {
	if len(names) > limit {
		return strings.Join(names[:limit], ", ") + fmt.Sprintf(" and %d more", len(names)-limit)
	}
	return naclJoin(names)
}
