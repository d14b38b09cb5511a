package reach

import (
	"encoding/json"

	"github.com/vpclint/vpclint/model"
)

// JSONVerdict is the JSON form of a Verdict (`vpclint reach --format
// json`).
type JSONVerdict struct {
	Verdict   string    `json:"verdict"`
	Protocol  string    `json:"protocol"`
	Port      *int      `json:"port,omitempty"`
	From      string    `json:"from"`
	To        string    `json:"to"`
	Placement string    `json:"placement,omitempty"`
	Hops      []JSONHop `json:"hops"`
	// Blocker is the index in Hops of the blocking or undecided hop.
	Blocker *int   `json:"blocker,omitempty"`
	Fix     string `json:"fix,omitempty"`
	Unknown string `json:"unknown,omitempty"`
}

// JSONHop is the JSON form of a Hop.
type JSONHop struct {
	Resource string `json:"resource"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	What     string `json:"what"`
	Rule     string `json:"rule"`
	Return   bool   `json:"return"`
	Status   string `json:"status"`
}

// JSON renders the verdict as indented JSON, files relative to baseDir.
func JSON(v *Verdict, baseDir string) ([]byte, error) {
	out := JSONVerdict{
		Verdict: v.Outcome.String(), Protocol: v.Query.Protocol.String(), From: v.From, To: v.To,
		Placement: v.Placement, Hops: make([]JSONHop, len(v.Hops)), Fix: v.Fix, Unknown: v.Unknown,
	}
	if v.Query.Protocol != model.ProtocolICMP {
		out.Port = &v.Query.Port
	}
	for i, h := range v.Hops {
		out.Hops[i] = JSONHop{
			Resource: h.Resource.Address, File: File(h.Resource, baseDir),
			Line: h.Resource.Range.Start.Line, What: h.What, Rule: h.Rule, Return: h.Return, Status: h.Status.String(),
		}
	}
	if v.Blocker >= 0 {
		out.Blocker = &v.Blocker
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}
