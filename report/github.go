package report

import (
	"fmt"
	"strings"
)

// githubCommand maps a severity to its GitHub Actions workflow command.
var githubCommand = map[string]string{"error": "error", "warning": "warning", "note": "notice"}

// github writes one GitHub Actions workflow command per finding, which the
// runner turns into an annotation on the file and line:
//
//	::warning file=F,line=L,col=C,endLine=L,endColumn=C,title=rule-id::message
func (r *renderer) github() error {
	for _, f := range r.findings {
		sp := r.src.span(f.Range)
		fmt.Fprintf(&r.out, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubCommand[f.Severity.String()], githubProperty(sp.File), sp.Line, sp.Col, sp.EndLine, sp.EndCol,
			githubProperty(ruleID(f)), githubData(f.Message))
	}
	return nil
}

// githubData escapes a workflow command's message, as @actions/core does.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// githubProperty escapes a workflow command's property value, which also
// may not hold the ':' and ',' that delimit properties.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
