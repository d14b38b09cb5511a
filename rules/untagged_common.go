package rules

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// Helpers shared by the rules about required tags (nat-untagged,
// network-untagged).

// parseRequiredTags accepts a non-empty list of distinct, non-empty tag
// keys.
func parseRequiredTags(v any) (any, error) {
	keys, ok := v.([]string)
	if !ok {
		return nil, errors.New("want a list of tag keys, e.g. [\"Owner\", \"Purpose\"]")
	}
	if len(keys) == 0 {
		return nil, errors.New("want at least one tag key (disable the rule instead)")
	}
	seen := map[string]bool{}
	for _, k := range keys {
		switch {
		case strings.TrimSpace(k) == "":
			return nil, errors.New("a tag key is empty")
		case seen[k]:
			return nil, fmt.Errorf("tag key %q is listed twice", k)
		}
		seen[k] = true
	}
	return keys, nil
}

// reportUntagged reports the resource at when its known effective tags
// lack a required key or set one to an empty value. kind names the
// resource type in the message ("NAT gateway"). A key whose value is
// unknown counts as present; unknown tags are not reported.
func reportUntagged(pass *lint.Pass, at model.Locatable, kind string, t model.Tags, required []string) {
	if !t.Known {
		return
	}
	var missing, empty []string
	for _, key := range required {
		v, ok := t.Values[key]
		switch {
		case !ok:
			missing = append(missing, key)
		case v.Known && strings.TrimSpace(v.Value) == "":
			empty = append(empty, key)
		}
	}
	if len(missing)+len(empty) == 0 {
		return
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, "lacks required "+plural("tag", "tags", len(missing))+" "+strings.Join(missing, ", "))
	}
	if len(empty) > 0 {
		parts = append(parts, "has "+plural("an empty required tag", "empty required tags", len(empty))+" "+strings.Join(empty, ", "))
	}
	pass.Reportf(at, "%s %s %s; set %s in its tags or in default_tags of the provider configuration it uses (either counts)",
		kind, at.Loc().Address, strings.Join(parts, " and "), plural("it", "them", len(missing)+len(empty)))
}
