package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/mattn/go-isatty"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/report"
	"github.com/vpclint/vpclint/rules"
)

// Exit codes, as contract.md fixes them.
const (
	exitClean    = 0 // no finding at or above the failing severity
	exitFindings = 1 // findings at or above the failing severity
	exitError    = 2 // the run could not be done
)

// diagWidth is the width hcl's diagnostic writer wraps text to.
const diagWidth = 78

const usage = `Usage:
  vpclint [flags] [PATH ...]   lint Terraform: folders (recursively), .tf/.tf.json files, plan .json
  vpclint rules                list the rules
  vpclint explain RULE         show a rule's documentation
  vpclint reach --from SRC --to DST --port P [PATH ...]
                               can SRC open a connection to DST on port P?
                               (vpclint reach --help for more)

With no PATH, vpclint lints the current folder. PATH/... means the same as PATH.
Exit status: 0 no findings at or above the fail level, 1 findings, 2 the run failed.

Flags:
`

// options are the parsed command line.
type options struct {
	format, output, config, failLevel string
	baseline, baselineWrite           string
	vars, varFiles, enable, disable   listFlag
	noColor, debug, version           bool
	paths                             []string
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// newFlagSet returns the flag set filling opts.
func newFlagSet(opts *options) *flag.FlagSet {
	fs := flag.NewFlagSet("vpclint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&opts.format, "format", "text", "report `FORMAT`: "+strings.Join(report.Formats(), ", "))
	fs.StringVar(&opts.output, "output", "", "write the report to `FILE` instead of stdout")
	fs.StringVar(&opts.config, "config", "", "read the config from `FILE` instead of the nearest "+configName)
	fs.StringVar(&opts.failLevel, "fail-level", "", "exit 1 for findings at `LEVEL` or above: error, warning or note (default note, or the config's fail_level)")
	fs.StringVar(&opts.baseline, "baseline", "", "report only the findings that are not in the baseline `FILE` (see --baseline-write)")
	fs.StringVar(&opts.baselineWrite, "baseline-write", "", "record every finding in the baseline `FILE`, report none and exit 0")
	fs.Var(&opts.vars, "var", "set a Terraform input variable, `NAME=VALUE` (repeatable)")
	fs.Var(&opts.varFiles, "var-file", "read Terraform input variables from `FILE` (repeatable)")
	fs.Var(&opts.enable, "enable-rule", "run `RULE` (repeatable, or comma-separated), even if off by default or in the config")
	fs.Var(&opts.disable, "disable-rule", "do not run `RULE` (repeatable, or comma-separated)")
	fs.BoolVar(&opts.noColor, "no-color", false, "never colour the output")
	fs.BoolVar(&opts.debug, "debug", false, "print timings and internal details to stderr")
	fs.BoolVar(&opts.version, "version", false, "print the version and exit")
	return fs
}

// parseArgs parses flags and PATH arguments, which may be interleaved;
// everything after "--" is a PATH.
func parseArgs(args []string) (*options, error) {
	opts := &options{}
	fs := newFlagSet(opts)
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			opts.paths = append(opts.paths, rest...)
			break
		}
		opts.paths = append(opts.paths, rest[0])
		args = rest[1:]
	}
	return opts, nil
}

// printUsage writes the usage text and the flags to w.
func printUsage(w io.Writer) {
	fs := newFlagSet(&options{})
	fs.SetOutput(w)
	fmt.Fprint(w, usage)
	fs.PrintDefaults()
}

// run is the whole command: it returns the exit status.
func run(args []string, stdout, stderr io.Writer, environ []string) int {
	return runWith(rules.All(), args, stdout, stderr, environ)
}

// runWith is run with the rules to lint with (tests pin a set).
func runWith(registry []*lint.Rule, args []string, stdout, stderr io.Writer, environ []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "rules":
			return runRules(args[1:], stdout, stderr)
		case "explain":
			return runExplain(args[1:], stdout, stderr)
		case "reach":
			return runReach(args[1:], stdout, stderr, environ)
		}
	}
	opts, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(stdout)
		return exitClean
	}
	c := &cli{stdout: stdout, stderr: stderr, env: environ, registry: registry}
	if err != nil {
		return c.fail(nil, usageError(err.Error()))
	}
	c.debug, c.noColor = opts.debug, opts.noColor
	if opts.version {
		fmt.Fprintf(stdout, "vpclint %s\n", version())
		return exitClean
	}
	return c.lint(opts)
}

// cli is one lint run's streams and settings.
type cli struct {
	stdout, stderr io.Writer
	env            []string
	// registry is the rules to run (rules.All(); tests use others).
	registry []*lint.Rule
	debug    bool
	noColor  bool // --no-color: for stderr too
	start    time.Time
}

// lint loads the configuration, lints, and writes the report.
//
// A load error (a file that does not parse, a module that does not
// evaluate) does not stop the others: the modules that loaded are still
// linted and their findings reported, the errors go to stderr after the
// report, and the exit status is 2. With no findings, nothing is reported,
// so an incomplete run never shows a clean result.
func (c *cli) lint(opts *options) int {
	c.start = time.Now()
	known := append(slices.Clip(c.registry), lint.Builtins...)
	cwd, err := os.Getwd()
	if err != nil {
		return c.fail(nil, plainError("Cannot read the current folder", err.Error()))
	}
	s, files, diags := settingsFor(opts, known, cwd)
	if diags.HasErrors() {
		return c.fail(files, diags...)
	}
	c.debugf("config %q, fail level %s, exclude %q", s.configPath, s.failLevel, s.exclude)
	var base *baseline
	if opts.baseline != "" {
		if base, diags = readBaseline(opts.baseline); diags.HasErrors() {
			return c.fail(nil, diags...)
		}
	}

	res := parser.Load(opts.paths, parser.Options{Vars: opts.vars, VarFiles: opts.varFiles, Env: c.env, Exclude: s.exclude, Sized: sizeHeap})
	loadErrs, warnings := splitDiags(res.Diagnostics)
	c.warn(warnings)
	for _, m := range res.Skipped {
		c.debugf("not analysed (remote module without a local copy): %s", m)
	}
	c.debugf("loaded %d modules, %d files, %d errors: %d VPCs, %d subnets, %d security groups, %d NACLs, %d directives",
		res.Modules, len(res.Files), len(loadErrs), len(res.Network.VPCs), len(res.Network.Subnets), len(res.Network.SecurityGroups),
		len(res.Network.NACLs), len(res.Network.Directives))

	if diags := c.checkAssertions(s, res.Network, len(loadErrs) == 0, opts.paths, cwd); diags.HasErrors() {
		all := map[string]*hcl.File{}
		maps.Copy(all, res.Files)
		maps.Copy(all, files)
		return c.fail(all, diags...)
	}
	cfg := s.lint
	if len(loadErrs) > 0 {
		// A module that did not load was not linted, so an ignore in it
		// cannot be judged unused.
		cfg = withRuleOff(cfg, lint.UnusedIgnore.ID)
	}
	findings, err := lint.Run(c.registry, res.Network, cfg)
	if err != nil {
		return c.fail(res.Files, append(loadErrs, c.ruleErrors(err)...)...)
	}
	c.debugf("linted: %d findings", len(findings))
	srcs := sources(res.Files)

	if opts.baselineWrite != "" {
		return c.recordBaseline(opts.baselineWrite, findings, srcs, cwd, res.Files, loadErrs)
	}
	if base != nil {
		var dropped int
		findings, dropped = base.filter(findings, srcs, cwd)
		c.debugf("baseline %s: %d findings accepted, %d new", opts.baseline, dropped, len(findings))
	}
	if len(loadErrs) > 0 && len(findings) == 0 {
		return c.fail(res.Files, loadErrs...)
	}

	ropts := report.Options{
		Color:   opts.output == "" && useColor(c.stdout, c.env, c.noColor),
		Sources: srcs,
		Rules:   ran(known, cfg),
		Version: version(),
		BaseDir: cwd,
		Modules: res.Modules,
		Errors:  problems(loadErrs),
	}
	if err := c.render(opts, findings, ropts); err != nil {
		return c.fail(res.Files, append(loadErrs, plainError("Cannot write the report", err.Error()))...)
	}
	c.debugf("reported in format %s", opts.format)
	if len(loadErrs) > 0 {
		return c.fail(res.Files, loadErrs...)
	}
	if slices.ContainsFunc(findings, func(f lint.Finding) bool { return f.Severity.AtLeast(s.failLevel) }) {
		return exitFindings
	}
	return exitClean
}

// recordBaseline is --baseline-write: it records the findings in the
// baseline file and reports none. A run with load errors writes no
// baseline, since the findings of the modules that failed would be missing
// from it.
func (c *cli) recordBaseline(path string, findings []lint.Finding, srcs map[string][]byte, cwd string, files map[string]*hcl.File, loadErrs hcl.Diagnostics) int {
	if len(loadErrs) > 0 {
		return c.fail(files, append(loadErrs, plainError("Baseline not written",
			fmt.Sprintf("%s was not written because some modules could not be analysed.", path)))...)
	}
	if err := writeBaseline(path, findings, srcs, cwd); err != nil {
		return c.fail(nil, plainError("Cannot write the baseline", err.Error()))
	}
	fmt.Fprintf(c.stderr, "vpclint: recorded %s in %s; --baseline %s reports only new ones\n", plural(len(findings), "finding"), path, path)
	return exitClean
}

// render writes the report in the format opts names, finished, to the
// output file or to stdout.
func (c *cli) render(opts *options, findings []lint.Finding, ropts report.Options) error {
	var out bytes.Buffer
	if err := report.Write(&out, opts.format, findings, ropts); err != nil {
		return err
	}
	if opts.output != "" {
		return os.WriteFile(opts.output, out.Bytes(), 0o644)
	}
	_, err := c.stdout.Write(out.Bytes())
	return err
}

// ruleErrors turns lint.Run's error into diagnostics, one per failed rule,
// and under --debug writes each panic's stack to stderr.
func (c *cli) ruleErrors(err error) hcl.Diagnostics {
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	var diags hcl.Diagnostics
	for _, e := range errs {
		diags = append(diags, plainError("A rule failed", e.Error()))
		var re *lint.RuleError
		if errors.As(e, &re) && re.Stack != nil {
			c.debugf("stack of the panic in rule %s:\n%s", re.Rule.ID, re.Stack)
		}
	}
	return diags
}

// fail writes diags to stderr and returns exitError.
func (c *cli) fail(files map[string]*hcl.File, diags ...*hcl.Diagnostic) int {
	c.writeDiags(files, diags)
	return exitError
}

// writeDiags renders diagnostics on stderr as hcl does, with source lines:
// the first ones (see shownDiags), then one line counting the others,
// which --debug lists one line each.
func (c *cli) writeDiags(files map[string]*hcl.File, diags hcl.Diagnostics) {
	if len(diags) == 0 {
		return
	}
	color := useColor(c.stderr, c.env, c.noColor)
	n := shownDiags(files, diags)
	for _, d := range diags[:n] {
		// A writer per diagnostic, over its file cut after the source
		// lines: hcl's writer scans the file from the start to the end
		// for each one.
		w := hcl.NewDiagnosticTextWriter(c.stderr, snippetFiles(files, d), diagWidth, color)
		_ = w.WriteDiagnostic(d) // stderr is the last resort
	}
	if hidden := diags[n:]; len(hidden) > 0 {
		fmt.Fprintf(c.stderr, "vpclint: %s not shown; fix the ones above first, or run with --debug to list them all\n", countDiags(hidden))
		for _, d := range hidden {
			c.debugf("%s", oneLine(d))
		}
	}
}

// debugf writes a --debug line to stderr with the time since the start.
func (c *cli) debugf(format string, args ...any) {
	if c.debug {
		fmt.Fprintf(c.stderr, "debug: [%s] %s\n", time.Since(c.start).Round(time.Millisecond), fmt.Sprintf(format, args...))
	}
}

// useColor decides once whether output to w is coloured.
func useColor(w io.Writer, environ []string, noColor bool) bool {
	return colorWanted(isTerminal(w), environ, noColor)
}

// colorWanted says whether output is coloured: only on a terminal, and
// never with NO_COLOR set (to anything but ""), TERM=dumb or --no-color.
func colorWanted(terminal bool, environ []string, noColor bool) bool {
	if noColor || getenv(environ, "NO_COLOR") != "" || getenv(environ, "TERM") == "dumb" {
		return false
	}
	return terminal
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// getenv returns the value of key in environ ("KEY=value" entries; the
// last one wins, as in os.Getenv).
func getenv(environ []string, key string) string {
	value := ""
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			value = v
		}
	}
	return value
}

// sources returns each loaded file's bytes, for the report's source lines
// and columns.
func sources(files map[string]*hcl.File) map[string][]byte {
	out := make(map[string][]byte, len(files))
	for name, f := range files {
		out[name] = f.Bytes
	}
	return out
}

// ran returns the rules of known that run under cfg.
func ran(known []*lint.Rule, cfg lint.Config) []*lint.Rule {
	var out []*lint.Rule
	for _, r := range known {
		if cfg.Enabled(r) {
			out = append(out, r)
		}
	}
	return out
}

// version returns the main module's version, "(devel)" for a build from
// a work tree.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// plainError returns an error diagnostic without a source location.
func plainError(summary, detail string) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail}
}

// usageError returns the diagnostic for a bad command line.
func usageError(detail string) *hcl.Diagnostic {
	return plainError("Invalid command line", detail+". Run `vpclint --help` for usage.")
}
