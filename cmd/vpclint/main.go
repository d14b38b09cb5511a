// Command vpclint lints the network parts of Terraform on AWS: security
// groups, network ACLs, VPCs, peering, NAT gateways, routes and flow logs.
//
// Usage:
//
//	vpclint [flags] [PATH ...]   lint folders, .tf/.tf.json files or plan .json
//	vpclint rules                list the rules
//	vpclint explain RULE         show a rule's documentation
//
// It exits 0 when no finding is at or above the failing severity, 1 when
// some are, and 2 when the run could not be done (bad flag, unreadable or
// unparseable input, bad config), after saying what and where on stderr.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Environ()))
}
