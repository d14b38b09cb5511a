package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/reach"
	"github.com/vpclint/vpclint/report"
	"github.com/vpclint/vpclint/rules"
)

const reachUsage = `Usage:
  vpclint reach --from SRC --to DST --port P [flags] [PATH ...]

Can SRC open a connection to DST on port P? vpclint follows the path
through security groups, network ACLs (both ways), route tables, peering,
transit gateways, VPN, NAT and internet gateways, and prints the hops, or
the first one that blocks the connection and how to fix it.

SRC and DST are a Terraform address (aws_instance.app,
module.db.aws_db_instance.this, aws_subnet.private["a"]) or an address or
CIDR (an on-premises range such as 10.20.0.0/16).

Exit status: 0 reachable, 1 blocked, 2 cannot tell (an unknown value on
the path, named on stderr) or the run failed.

To check a connection on every lint run, write it as a reach block in
.vpclint.hcl: see vpclint explain reach-assertion.

Flags:
`

// reachFormats are the formats of `vpclint reach`.
var reachFormats = []string{"text", "json", "sarif", "mermaid"}

// reachOptions are the parsed `vpclint reach` command line.
type reachOptions struct {
	from, to, protocol, format string
	port                       int
	vars, varFiles             listFlag
	noColor                    bool
	paths                      []string
}

// newReachFlagSet returns the flag set filling opts.
func newReachFlagSet(opts *reachOptions) *flag.FlagSet {
	fs := flag.NewFlagSet("vpclint reach", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&opts.from, "from", "", "the client: a Terraform `ADDRESS`, or an IP address or CIDR")
	fs.StringVar(&opts.to, "to", "", "the server: a Terraform `ADDRESS`, or an IP address or CIDR")
	fs.IntVar(&opts.port, "port", -1, "the destination `PORT` (tcp and udp)")
	fs.StringVar(&opts.protocol, "protocol", "tcp", "`PROTOCOL`: tcp, udp or icmp (an echo request)")
	fs.StringVar(&opts.format, "format", "text", "output `FORMAT`: "+strings.Join(reachFormats, ", "))
	fs.Var(&opts.vars, "var", "set a Terraform input variable, `NAME=VALUE` (repeatable)")
	fs.Var(&opts.varFiles, "var-file", "read Terraform input variables from `FILE` (repeatable)")
	fs.BoolVar(&opts.noColor, "no-color", false, "never colour error messages")
	return fs
}

// parseReachArgs parses the flags, then the PATH arguments.
func parseReachArgs(args []string) (*reachOptions, model.Protocol, error) {
	opts := &reachOptions{}
	fs := newReachFlagSet(opts)
	if err := fs.Parse(args); err != nil {
		return nil, 0, err
	}
	opts.paths = fs.Args()
	for _, p := range opts.paths {
		if strings.HasPrefix(p, "-") {
			return nil, 0, fmt.Errorf("flag %s after a PATH: flags go first", p)
		}
	}
	protos := map[string]model.Protocol{"tcp": model.ProtocolTCP, "udp": model.ProtocolUDP, "icmp": model.ProtocolICMP}
	proto, ok := protos[opts.protocol]
	switch {
	case opts.from == "" || opts.to == "":
		return nil, 0, errors.New("--from and --to are required")
	case !ok:
		return nil, 0, fmt.Errorf("unknown protocol %q (want tcp, udp or icmp)", opts.protocol)
	case opts.port < 0 && proto != model.ProtocolICMP:
		return nil, 0, fmt.Errorf("--port is required for %s", opts.protocol)
	case !slices.Contains(reachFormats, opts.format):
		return nil, 0, fmt.Errorf("unknown format %q (want %s)", opts.format, strings.Join(reachFormats, ", "))
	}
	return opts, proto, nil
}

// runReach is `vpclint reach`: it loads the configuration, answers the
// query and prints the verdict. A configuration that does not load
// completely is an error, since a missing module could hold the path.
func runReach(args []string, stdout, stderr io.Writer, environ []string) int {
	c := &cli{stdout: stdout, stderr: stderr, env: environ}
	opts, proto, err := parseReachArgs(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, reachUsage)
		fs := newReachFlagSet(&reachOptions{})
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return exitClean
	case err != nil:
		return c.fail(nil, plainError("Invalid command line", err.Error()+". Run `vpclint reach --help` for usage."))
	}
	c.noColor = opts.noColor
	cwd, err := os.Getwd()
	if err != nil {
		return c.fail(nil, plainError("Cannot read the current folder", err.Error()))
	}
	res := parser.Load(opts.paths, parser.Options{Vars: opts.vars, VarFiles: opts.varFiles, Env: environ, Sized: sizeHeap})
	loadErrs, warnings := splitDiags(res.Diagnostics)
	c.warn(warnings)
	if len(loadErrs) > 0 {
		return c.fail(res.Files, loadErrs...)
	}
	v, err := reach.Check(res.Network, reach.Query{From: opts.from, To: opts.to, Protocol: proto, Port: opts.port})
	if err != nil {
		return c.fail(res.Files, plainError("Invalid reach query", err.Error()))
	}
	out, err := renderVerdict(opts.format, v, cwd, res)
	if err != nil {
		return c.fail(res.Files, plainError("Cannot write the report", err.Error()))
	}
	if _, err := stdout.Write(out); err != nil {
		return c.fail(nil, plainError("Cannot write the report", err.Error()))
	}
	switch v.Outcome {
	case reach.Blocked:
		return exitFindings
	case reach.Unknown:
		fmt.Fprintf(stderr, "vpclint: cannot tell whether %s gets through: %s\n", v.Connection(), v.Unknown)
		return exitError
	}
	return exitClean
}

// renderVerdict renders the verdict in format.
func renderVerdict(format string, v *reach.Verdict, cwd string, res *parser.Result) ([]byte, error) {
	switch format {
	case "json":
		return reach.JSON(v, cwd)
	case "mermaid":
		return []byte(reach.Mermaid(v, cwd)), nil
	case "sarif":
		var buf bytes.Buffer
		err := report.Write(&buf, "sarif", verdictFindings(v), report.Options{
			Sources: sources(res.Files), Rules: []*lint.Rule{rules.ReachAssertion}, Version: version(), BaseDir: cwd,
		})
		return buf.Bytes(), err
	}
	return []byte(reach.Text(v, cwd)), nil
}

// verdictFindings turns a verdict into SARIF results of rule
// reach-assertion (the rule that checks the config file's assertions on
// every run, so that a result links to its documentation): a blocked
// connection is an error at the blocking block, one vpclint cannot decide
// a warning at the first unknown value, a reachable one nothing.
func verdictFindings(v *reach.Verdict) []lint.Finding {
	if v.Outcome == reach.Reachable {
		return nil
	}
	h := v.Hops[v.Blocker]
	msg := fmt.Sprintf("%s is blocked: %s", v.Connection(), h.Rule)
	sev := lint.Error
	if v.Outcome == reach.Unknown {
		msg, sev = fmt.Sprintf("cannot tell whether %s gets through: %s", v.Connection(), v.Unknown), lint.Warning
	}
	if h.Return {
		msg += " (on the return path)"
	}
	if v.Placement != "" {
		msg += " when " + v.Placement
	}
	if v.Fix != "" {
		msg += "; to fix it, " + v.Fix
	}
	return []lint.Finding{{Rule: rules.ReachAssertion, Severity: sev, Message: msg, Range: h.Resource.Range, Resource: h.Resource.Address, Fix: v.Fix}}
}
