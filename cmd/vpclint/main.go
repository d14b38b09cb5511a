// Command vpclint lints the network parts of Terraform on AWS: security
// groups, network ACLs, VPCs, peering, NAT gateways, routes and flow logs.
//
// Usage:
//
//	vpclint [flags] [PATH ...]   lint folders, .tf/.tf.json files or plan .json
//	vpclint rules                list the rules
//	vpclint explain RULE         show a rule's documentation
//	vpclint reach --from SRC --to DST --port P [PATH ...]
//	                             can SRC open a connection to DST on port P?
//
// It exits 0 when no finding is at or above the failing severity, 1 when
// some are, and 2 when the run could not be done (bad flag, unreadable or
// unparseable input, bad config), after saying what and where on stderr.
// `vpclint reach` exits 0 when the connection gets through, 1 when it is
// blocked, and 2 when an unknown value keeps vpclint from telling; the
// config file's reach blocks make every lint run check such connections
// (rule reach-assertion).
package main

import (
	"os"
	"runtime/debug"

	"github.com/vpclint/vpclint/internal/membudget"
)

// sizeHeap, when not nil, is given the size of the configuration a lint
// reads (parser.Options.Sized): the command's heap budget. Tests running
// the command in their own process leave it nil.
var sizeHeap func(bytes int64)

func main() {
	_, gogc := os.LookupEnv("GOGC")
	_, limit := os.LookupEnv("GOMEMLIMIT")
	if !gogc && !limit {
		// Half as many collections as Go's default until the input's size
		// is known, then a heap budget proportional to it (membudget):
		// a lint keeps little memory live, and at the default collecting
		// takes a quarter of the CPU time of a large lint
		// (scripts/bench.sh).
		debug.SetGCPercent(200)
		sizeHeap = membudget.Set
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Environ()))
}
