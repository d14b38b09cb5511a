package reach

import (
	"fmt"
	"strings"
)

// Mermaid renders the verdict as a Mermaid flowchart: the two ends and
// each hop as nodes, the request's path with solid arrows, the reply's
// with dotted ones, the blocking hop marked red and an undecided one
// yellow.
func Mermaid(v *Verdict, baseDir string) string {
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	fmt.Fprintf(&b, "  from([%s])\n", mermaidText(v.From))
	fmt.Fprintf(&b, "  to([%s])\n", mermaidText(v.To))
	for i, h := range v.Hops {
		fmt.Fprintf(&b, "  h%d[%s]\n", i+1, mermaidText(h.Resource.Address+" · "+Position(h.Resource, baseDir)+"\n"+h.Rule))
	}
	prev, back := "from", false
	for i, h := range v.Hops {
		if h.Return && !back {
			// The request reached the destination; the reply leaves it.
			fmt.Fprintf(&b, "  %s --> to\n", prev)
			prev, back = "to", true
		}
		fmt.Fprintf(&b, "  %s %s h%d\n", prev, arrow(back), i+1)
		prev = fmt.Sprintf("h%d", i+1)
	}
	if v.Outcome == Reachable {
		if back {
			fmt.Fprintf(&b, "  %s -.-> from\n", prev)
		} else {
			fmt.Fprintf(&b, "  %s --> to\n", prev)
		}
	}
	b.WriteString("  classDef blocked fill:#fdd,stroke:#c00,stroke-width:2px\n")
	b.WriteString("  classDef unknown fill:#ffd,stroke:#a80,stroke-width:2px\n")
	for i, h := range v.Hops {
		switch h.Status {
		case Block:
			fmt.Fprintf(&b, "  class h%d blocked\n", i+1)
		case Undecided:
			fmt.Fprintf(&b, "  class h%d unknown\n", i+1)
		}
	}
	return b.String()
}

// arrow is a solid arrow for the request, a dotted one for the reply.
func arrow(back bool) string {
	if back {
		return "-.->"
	}
	return "-->"
}

// mermaidText quotes a node label, escaping what Mermaid would read as
// syntax and turning newlines into line breaks.
func mermaidText(s string) string {
	r := strings.NewReplacer(`"`, "#quot;", "<", "#lt;", ">", "#gt;", "\n", "<br/>")
	return `"` + r.Replace(s) + `"`
}
