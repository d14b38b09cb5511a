package eval

import (
	"maps"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// attrNames records the attribute names that expressions of the loaded
// configuration read from values. A managed resource's value carries every
// such name it may be asked for and does not set (as a reference string
// or unknown; see instanceValue), so reading an unset computed attribute,
// directly or through a local, an output or for_each, never fails with
// "Unsupported attribute".
//
// A name read right after a resource reference (aws_vpc.main.NAME,
// aws_subnet.a[0].NAME, aws_subnet.a[*].NAME) is recorded for that root
// only; every other name (var.x.NAME, each.value.NAME, local.l.NAME, a for
// variable's s.NAME) may reach any resource and is recorded for all.
type attrNames struct {
	// direct holds, per traversal root, the names read at the attribute
	// position of a resource reference.
	direct map[string]map[string]bool
	// first holds, per root, the second step of the traversal: the
	// resource name for a resource type, an attribute for a for variable
	// or dynamic iterator.
	first map[string]map[string]bool
	// other holds every other name.
	other map[string]bool
	// reads holds, per resource ("aws_vpc.main"), the attributes read from
	// it by name: aws_vpc.main.NAME, aws_subnet.a[0].NAME,
	// aws_subnet.a[*].NAME, aws_subnet.a[count.index].NAME. whole holds
	// the resources also read in any other way ([for s in aws_subnet.a :
	// s.id], a resource passed whole, an index alone). A reference to a
	// resource that is never read whole need only see the attributes read
	// from it (see instanceValue).
	reads map[resourceKey]map[string]bool
	whole map[resourceKey]bool
}

// resourceKey names a resource of a module: aws_vpc.main.
type resourceKey struct{ typ, name string }

func newAttrNames() *attrNames {
	return &attrNames{direct: map[string]map[string]bool{}, first: map[string]map[string]bool{}, other: map[string]bool{},
		reads: map[resourceKey]map[string]bool{}, whole: map[resourceKey]bool{}}
}

// reservedRoots are the roots that never name a resource type.
var reservedRoots = map[string]bool{
	"var": true, "local": true, "module": true, "data": true, "count": true, "each": true,
	"path": true, "terraform": true, "self": true, "ephemeral": true,
}

// FileNames are the attribute names that the expressions of one file
// read (see attrNames), which the evaluator gathers from every file it
// loads. A Parser that is a NamesCache computes them once per file for
// every evaluation.
type FileNames struct {
	names *attrNames
}

// ScanNames walks the syntax of f for its FileNames.
func ScanNames(f *hcl.File) *FileNames {
	n := newAttrNames()
	n.addFile(f)
	return &FileNames{names: n}
}

// NamesCache is a Parser that keeps the FileNames of the files it returns.
type NamesCache interface {
	Parser
	// FileNames returns ScanNames(f) for the file f that the parser
	// returned for filename.
	FileNames(filename string, f *hcl.File) *FileNames
}

// merge adds the names of o. Resources of different modules with the same
// address share their reads: a value may then hold more than is read of it.
func (n *attrNames) merge(o *attrNames) {
	for _, pair := range []struct{ into, from map[string]map[string]bool }{{n.direct, o.direct}, {n.first, o.first}} {
		for root, names := range pair.from {
			for name := range names {
				setAdd(pair.into, root, name)
			}
		}
	}
	for key, names := range o.reads {
		for name := range names {
			setAdd(n.reads, key, name)
		}
	}
	maps.Copy(n.other, o.other)
	maps.Copy(n.whole, o.whole)
}

// addFile adds the names read by every expression of f.
func (n *attrNames) addFile(f *hcl.File) {
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		// JSON: every property is an expression whose Variables() walks
		// the templates nested anywhere inside it.
		attrs, _ := f.Body.JustAttributes()
		for _, a := range attrs {
			for _, tr := range a.Expr.Variables() {
				n.addTraversal(tr)
				n.addUse(tr)
			}
		}
		return
	}
	accounted := map[hclsyntax.Node]bool{}
	dependsOnLists(body, accounted)
	exprWalk{
		visit: func(e hclsyntax.Expression, _ []string) { n.addNode(e, accounted) },
		opaque: func(e hclsyntax.Expression, _ []string) {
			for _, tr := range e.Variables() {
				n.addTraversal(tr)
				n.addUse(tr)
			}
		},
	}.body(body)
}

// dependsOnLists accounts for the references listed in the depends_on of
// the resources, data sources, module calls and outputs of a file body:
// Terraform orders by them, and vpclint never evaluates them, so they read
// no resource's value.
func dependsOnLists(file *hclsyntax.Body, accounted map[hclsyntax.Node]bool) {
	for _, blk := range file.Blocks {
		switch blk.Type {
		case "resource", "data", "module", "output":
		default:
			continue
		}
		if a := blk.Body.Attributes["depends_on"]; a != nil {
			if list, ok := a.Expr.(*hclsyntax.TupleConsExpr); ok {
				for _, e := range list.Exprs {
					accounted[e] = true
				}
			}
		}
	}
}

// addNode adds the names that one syntax node reads, parents visited
// before their children; accounted records the nodes whose reading a
// parent has recorded: the traversal that follows a splat, which reads
// from the splat's source, and the resource reference that a splat or an
// index with attributes after it reads by name.
func (n *attrNames) addNode(node hclsyntax.Node, accounted map[hclsyntax.Node]bool) {
	switch e := node.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		n.addTraversal(e.Traversal)
		if !accounted[e] {
			n.addUse(e.Traversal)
		}
	case *hclsyntax.SplatExpr:
		// aws_subnet.a[*].NAME reads NAME of aws_subnet instances.
		src, ok1 := e.Source.(*hclsyntax.ScopeTraversalExpr)
		each, ok2 := e.Each.(*hclsyntax.RelativeTraversalExpr)
		if ok1 && ok2 && len(src.Traversal) == 2 && !reservedRoots[src.Traversal.RootName()] {
			accounted[each] = true
			n.addDirect(src.Traversal.RootName(), each.Traversal)
			n.addReadAfter(src, each.Traversal, accounted)
		}
	case *hclsyntax.RelativeTraversalExpr:
		if !accounted[e] {
			n.addOther(e.Traversal)
			// aws_subnet.a[count.index].NAME reads NAME of one instance.
			if ix, ok := e.Source.(*hclsyntax.IndexExpr); ok {
				if src, ok := ix.Collection.(*hclsyntax.ScopeTraversalExpr); ok && len(src.Traversal) == 2 {
					n.addReadAfter(src, e.Traversal, accounted)
				}
			}
		}
	}
}

// resourceOf is the resource a traversal starts with, if it may start with
// one.
func resourceOf(tr hcl.Traversal) (resourceKey, bool) {
	if len(tr) < 2 || reservedRoots[tr.RootName()] {
		return resourceKey{}, false
	}
	a, ok := tr[1].(hcl.TraverseAttr)
	if !ok {
		return resourceKey{}, false
	}
	return resourceKey{tr.RootName(), a.Name}, true
}

// addUse records how a traversal that no parent accounted for reads the
// resource it starts with: an attribute by name after at most one index,
// or the resource whole.
func (n *attrNames) addUse(tr hcl.Traversal) {
	key, ok := resourceOf(tr)
	if !ok {
		return
	}
	rest := tr[2:]
	if len(rest) > 0 {
		if _, ok := rest[0].(hcl.TraverseIndex); ok {
			rest = rest[1:]
		}
	}
	if len(rest) > 0 {
		if a, ok := rest[0].(hcl.TraverseAttr); ok {
			setAdd(n.reads, key, a.Name)
			return
		}
	}
	n.whole[key] = true
}

// addReadAfter records that the resource src names is read by the name
// that rest starts with, and accounts for src; a rest that starts with no
// name leaves src to be read whole.
func (n *attrNames) addReadAfter(src *hclsyntax.ScopeTraversalExpr, rest hcl.Traversal, accounted map[hclsyntax.Node]bool) {
	key, ok := resourceOf(src.Traversal)
	if !ok || len(rest) == 0 {
		return
	}
	if a, ok := rest[0].(hcl.TraverseAttr); ok {
		setAdd(n.reads, key, a.Name)
		accounted[src] = true
	}
}

// addTraversal adds the names of an absolute traversal.
func (n *attrNames) addTraversal(tr hcl.Traversal) {
	root := tr.RootName()
	switch {
	case len(tr) < 2:
	case root == "module" || root == "data":
		// module.NAME.OUTPUT and data.TYPE.NAME: data sources are unknown,
		// and what follows an output is read from a value.
		n.addOther(stepsFrom(tr, 3))
	case reservedRoots[root]:
		n.addOther(stepsFrom(tr, 2))
	default:
		if a, ok := tr[1].(hcl.TraverseAttr); ok {
			setAdd(n.first, root, a.Name)
		}
		rest := tr[2:]
		if len(rest) > 0 {
			if _, ok := rest[0].(hcl.TraverseIndex); ok {
				rest = rest[1:]
			}
		}
		n.addDirect(root, rest)
	}
}

// addDirect records the first step of rest as read from root's resource,
// and the steps after it for all.
func (n *attrNames) addDirect(root string, rest hcl.Traversal) {
	if len(rest) == 0 {
		return
	}
	if a, ok := rest[0].(hcl.TraverseAttr); ok {
		setAdd(n.direct, root, a.Name)
	}
	n.addOther(rest[1:])
}

func (n *attrNames) addOther(tr hcl.Traversal) {
	for _, step := range tr {
		if a, ok := step.(hcl.TraverseAttr); ok {
			n.other[a.Name] = true
		}
	}
}

// stepsFrom is tr[i:], empty when tr is shorter.
func stepsFrom(tr hcl.Traversal, i int) hcl.Traversal {
	if len(tr) <= i {
		return nil
	}
	return tr[i:]
}

func setAdd[K comparable](m map[K]map[string]bool, key K, name string) {
	if m[key] == nil {
		m[key] = map[string]bool{}
	}
	m[key][name] = true
}

// typeNames resolves the recorded names against the managed resource
// types of the configuration, type by type as values are built: most
// types are never referenced.
type typeNames struct {
	names *attrNames
	types map[string]bool
	// shared are the names every type carries, sorted; nil until first
	// needed.
	shared []string
	byType map[string][]string
}

func newTypeNames(names *attrNames, types map[string]bool) *typeNames {
	return &typeNames{names: names, types: types, byType: map[string][]string{}}
}

// of returns the sorted names the values of type typ carry: the shared
// ones and the ones read from typ's resources directly. The caller must
// not modify the slice, which types may share.
func (t *typeNames) of(typ string) []string {
	if out, ok := t.byType[typ]; ok {
		return out
	}
	if t.shared == nil {
		shared := maps.Clone(t.names.other)
		for _, m := range []map[string]map[string]bool{t.names.first, t.names.direct} {
			for root, names := range m {
				if !t.types[root] {
					// A for variable or iterator: s.NAME, s[0].NAME.
					maps.Copy(shared, names)
				}
			}
		}
		t.shared = slices.AppendSeq(make([]string, 0, len(shared)), maps.Keys(shared)) // not nil: made once
		slices.Sort(t.shared)
	}
	out := t.shared
	var own []string
	for name := range t.names.direct[typ] {
		if _, found := slices.BinarySearch(t.shared, name); !found {
			own = append(own, name)
		}
	}
	if len(own) > 0 {
		out = slices.Concat(t.shared, own)
		slices.Sort(out)
	}
	t.byType[typ] = out
	return out
}

// readsOf returns the sorted attributes read by name from the resource
// typ.name, when no expression reads it whole. ok is false otherwise, or
// when nothing reads it.
func (t *typeNames) readsOf(typ, name string) (attrs []string, ok bool) {
	key := resourceKey{typ, name}
	reads := t.names.reads[key]
	if t.names.whole[key] || len(reads) == 0 {
		return nil, false
	}
	return slices.Sorted(maps.Keys(reads)), true
}

// idLike reports the computed attributes that evaluate to a reference
// string when the configuration does not set them.
func idLike(name string) bool {
	return name == "id" || name == "arn" || strings.HasSuffix(name, "_id")
}
