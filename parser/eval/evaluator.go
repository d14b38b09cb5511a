package eval

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/vpclint/vpclint/parser/funcs"
	"github.com/vpclint/vpclint/parser/resource"
)

// evaluator holds the state of one Load.
type evaluator struct {
	opts    Options
	rootDir string
	tree    *loader
	funcs   map[string]function.Function
	// names are the attribute names a managed resource's value carries
	// beyond its configuration, by type (see attrNames).
	names *typeNames
	diags hcl.Diagnostics
	// unevaluated collects expression failures, each once.
	unevaluated unevaluated
	// stack is the values being computed, innermost last; reported cycles
	// are remembered so that each is reported once.
	stack  []*node
	cycles map[string]bool
	// reported dedupes errors met while evaluating each instance.
	reported map[string]bool
	// traversals caches expr.Variables() per expression; plans and
	// bodyPlans the evaluation context plans of expressions and bodies.
	traversals map[hcl.Expression][]hcl.Traversal
	plans      map[hcl.Expression]*refPlan
	bodyPlans  map[*hclsyntax.Body]*refPlan
	// noVariables is the context of an expression that refers to nothing.
	noVariables *hcl.EvalContext
	// cycleHits counts the values found in a cycle, each giving unknown:
	// an object built while it does not change holds only final values.
	cycleHits int
	// implicit are the provider configurations Terraform creates when no
	// block is written, by key.
	implicit map[string]*resource.Provider
	// instances counts every resource instance expanded, against
	// maxTotalInstances.
	instances int
	cwd       string
}

// maxTotalFactor bounds all resource instances of one Load to this many
// times MaxInstances (module expansion multiplies resource expansion).
const maxTotalFactor = 10

func newEvaluator(dir string, opts Options) *evaluator {
	cwd, err := filepath.Abs(dir)
	if err != nil {
		cwd = dir
	}
	ev := &evaluator{
		opts:       opts,
		rootDir:    dir,
		funcs:      funcs.Table(dir),
		cycles:     map[string]bool{},
		traversals: map[hcl.Expression][]hcl.Traversal{}, plans: map[hcl.Expression]*refPlan{},
		bodyPlans: map[*hclsyntax.Body]*refPlan{},
		implicit:  map[string]*resource.Provider{},
		cwd:       filepath.ToSlash(cwd),
	}
	ev.noVariables = &hcl.EvalContext{Functions: ev.funcs}
	return ev
}

// loadTree reads the module tree (phase one).
func (ev *evaluator) loadTree() *module {
	ev.tree = newLoader(ev.opts.Parser, ev.rootDir)
	root := ev.tree.loadRoot()
	ev.diags = append(ev.diags, ev.tree.diags...)
	ev.names = newTypeNames(ev.tree.names, ev.tree.types)
	return root
}

// variablesOf returns the cached traversals of expr.
func (ev *evaluator) variablesOf(expr hcl.Expression) []hcl.Traversal {
	trs, ok := ev.traversals[expr]
	if !ok {
		trs = variables(expr)
		ev.traversals[expr] = trs
	}
	return trs
}

// node is one lazily computed value, for cycle detection.
type node struct {
	state nodeState
	label string // address, e.g. module.net.local.cidr
	rng   hcl.Range
}

type nodeState uint8

const (
	unvisited nodeState = iota
	visiting
	done
)

// begin reports whether the caller must compute n now: false when it is
// done, or when it is being computed further up (a cycle, reported).
// A true result must be followed by end.
func (ev *evaluator) begin(n *node) bool {
	switch n.state {
	case done:
		return false
	case visiting:
		ev.cycleHits++
		ev.cycle(n)
		return false
	}
	n.state = visiting
	ev.stack = append(ev.stack, n)
	return true
}

func (ev *evaluator) end(n *node) {
	n.state = done
	ev.stack = ev.stack[:len(ev.stack)-1]
}

// cycle reports the chain of values from n back to n.
func (ev *evaluator) cycle(n *node) {
	i := len(ev.stack) - 1
	for i > 0 && ev.stack[i] != n {
		i--
	}
	chain := ev.stack[i:]
	parts := make([]string, 0, len(chain)+1)
	labels := make([]string, 0, len(chain))
	for _, c := range chain {
		parts = append(parts, fmt.Sprintf("%s (%s)", c.label, at(c.rng)))
		labels = append(labels, c.label)
	}
	parts = append(parts, n.label)
	key := strings.Join(slices.Sorted(slices.Values(labels)), "\x00")
	if ev.cycles[key] {
		return
	}
	ev.cycles[key] = true
	ev.diags = append(ev.diags, &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Cycle in references",
		Detail:   "These values refer to each other in a loop, so none can be computed: " + strings.Join(parts, " -> ") + ".",
		Subject:  n.rng.Ptr(),
	})
}

// valueNode is a node whose result is one value.
type valueNode struct {
	node
	val cty.Value
}

// get computes n with f once and returns its value; unknown in a cycle.
func (ev *evaluator) get(n *valueNode, f func() cty.Value) cty.Value {
	if ev.begin(&n.node) {
		n.val = f()
		ev.end(&n.node)
	}
	if n.state != done {
		return cty.DynamicVal
	}
	return n.val
}

// report adds a configuration error once, however many instances meet it.
func (ev *evaluator) report(d *hcl.Diagnostic) {
	key := d.Summary + "\x00" + d.Detail
	if d.Subject != nil {
		key += "\x00" + d.Subject.String()
	}
	if ev.reported[key] {
		return
	}
	if ev.reported == nil {
		ev.reported = map[string]bool{}
	}
	ev.reported[key] = true
	ev.diags = append(ev.diags, d)
}
