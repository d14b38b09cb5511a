package eval

import (
	"github.com/hashicorp/hcl/v2"
)

// maxUnevaluated bounds Result.Unevaluated.
const maxUnevaluated = 1000

// unevaluated collects why expressions could not be evaluated, as
// warnings, each (summary, place) once.
type unevaluated struct {
	list hcl.Diagnostics
	seen map[string]bool
}

func (u *unevaluated) add(diags hcl.Diagnostics) {
	for _, d := range diags {
		if d.Severity != hcl.DiagError || len(u.list) >= maxUnevaluated {
			continue
		}
		key := d.Summary
		if d.Subject != nil {
			key += "@" + d.Subject.String()
		}
		if u.seen[key] {
			continue
		}
		if u.seen == nil {
			u.seen = map[string]bool{}
		}
		u.seen[key] = true
		u.list = append(u.list, &hcl.Diagnostic{
			Severity: hcl.DiagWarning,
			Summary:  d.Summary,
			Detail:   d.Detail,
			Subject:  d.Subject,
			Context:  d.Context,
		})
	}
}
