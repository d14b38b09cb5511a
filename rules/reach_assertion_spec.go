package rules

import (
	"errors"
	"fmt"
	"math"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/reach"
)

// ReachAssertionSpec is one assertion of the reach-assertion rule: a
// `reach "<name>" { … }` block of .vpclint.hcl, as the rule's option
// "assertions" holds it after parsing.
type ReachAssertionSpec struct {
	// Name is the block's label, which messages quote.
	Name string
	// Query is the connection: from, to, protocol and port.
	Query reach.Query
	// Expect is reach.Reachable for a required connection and
	// reach.Blocked for a forbidden one.
	Expect reach.Outcome
}

// AmbiguousEndError is the error of ReachAssertionSpec.Check when an end
// names more than one place.
type AmbiguousEndError struct {
	// Where says where the end is: "aws_db_instance.main is declared at
	// dev/main.tf:3 and prod/main.tf:3".
	Where string
}

// Error returns Where.
func (e *AmbiguousEndError) Error() string { return e.Where }

// Check answers the assertion's query on net with reach.Check. Besides
// reach.Check's errors (an end that names nothing, …), it returns an
// *AmbiguousEndError when an end names more than one place: the network of
// a run holds every root module, and reach.Check would answer for the
// first only (or, for an address, mix the roots).
func (a ReachAssertionSpec) Check(net *model.Network) (*reach.Verdict, error) {
	for _, spec := range []string{a.Query.From, a.Query.To} {
		if where := reachAmbiguity(net, spec); where != "" {
			return nil, &AmbiguousEndError{Where: where}
		}
	}
	return reach.Check(net, a.Query)
}

// reachAmbiguity says where spec is when that is more than one place: the
// endpoints and subnets at address spec ("aws_db_instance.main is
// declared at dev/main.tf:3 and prod/main.tf:3"), or the subnets that hold
// an address or CIDR ("10.0.1.5 is in aws_subnet.a (dev/main.tf:8) and
// aws_subnet.a (prod/main.tf:8)"); "" when it is at most one.
func reachAmbiguity(net *model.Network, spec string) string {
	var where []string
	prefix, isCIDR := parseReachCIDR(spec)
	for _, s := range net.Subnets {
		switch {
		case isCIDR && s.CIDR.IsSet() && s.CIDR.Prefix.Bits() <= prefix.Bits() && s.CIDR.Prefix.Contains(prefix.Addr()):
			where = append(where, fmt.Sprintf("%s (%s)", s.Address, reach.Position(s.Loc(), "")))
		case !isCIDR && s.Address == spec:
			where = append(where, reach.Position(s.Loc(), ""))
		}
	}
	for _, e := range net.Endpoints {
		if !isCIDR && e.Address == spec {
			where = append(where, reach.Position(e.Loc(), ""))
		}
	}
	switch {
	case len(where) < 2:
		return ""
	case isCIDR:
		return fmt.Sprintf("%s is in %s", spec, naclJoin(where))
	}
	return fmt.Sprintf("%s is declared at %s", spec, naclJoin(where))
}

// parseReachCIDR parses an address (as a /32 or /128) or a CIDR.
func parseReachCIDR(s string) (netip.Prefix, bool) {
	if a, err := netip.ParseAddr(s); err == nil {
		return netip.PrefixFrom(a, a.BitLen()), true
	}
	p, err := netip.ParsePrefix(s)
	return p.Masked(), err == nil
}

// reachFields are the attributes of an assertion object.
var reachFields = []string{"name", "from", "to", "port", "protocol", "expect"}

// reachProtocols are the protocols an assertion may name.
var reachProtocols = map[string]model.Protocol{"tcp": model.ProtocolTCP, "udp": model.ProtocolUDP, "icmp": model.ProtocolICMP}

// parseReachAssertions is the Parse of option "assertions": a list of
// objects (or the empty list, which HCL gives as []string{}) becomes a
// []ReachAssertionSpec. An error about one attribute is a *lint.FieldError.
func parseReachAssertions(v any) (any, error) {
	var objects []map[string]any
	switch v := v.(type) {
	case []map[string]any:
		objects = v
	case []string:
		if len(v) > 0 {
			return nil, errors.New(`want a list of objects such as { name = "app-to-db", from = "aws_instance.app", to = "aws_db_instance.main", port = 5432 }`)
		}
	default:
		return nil, errors.New("want a list of objects")
	}
	out := make([]ReachAssertionSpec, 0, len(objects))
	for i, obj := range objects {
		a, err := parseReachAssertion(obj)
		if err != nil {
			name, _ := obj["name"].(string)
			if name == "" {
				name = "#" + strconv.Itoa(i+1)
			}
			return nil, fmt.Errorf("assertion %s: %w", strconv.Quote(name), err)
		}
		if slices.ContainsFunc(out, func(o ReachAssertionSpec) bool { return o.Name == a.Name }) {
			return nil, fmt.Errorf("assertion %q: %w", a.Name, fieldErr("name", "given twice"))
		}
		out = append(out, a)
	}
	return out, nil
}

// parseReachAssertion parses one assertion object.
func parseReachAssertion(obj map[string]any) (ReachAssertionSpec, error) {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !slices.Contains(reachFields, k) {
			hint := ""
			if s := lint.Suggest(k, reachFields); s != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", s)
			}
			return ReachAssertionSpec{}, fieldErr(k, "unknown attribute%s; an assertion has %s", hint, strings.Join(reachFields, ", "))
		}
	}
	a := ReachAssertionSpec{Expect: reach.Reachable}
	var err error
	if a.Name, err = reachString(obj, "name", true); err != nil {
		return a, err
	}
	if a.Query.From, err = reachString(obj, "from", true); err != nil {
		return a, err
	}
	if a.Query.To, err = reachString(obj, "to", true); err != nil {
		return a, err
	}
	proto, err := reachString(obj, "protocol", false)
	if err != nil {
		return a, err
	}
	if proto == "" {
		proto = "tcp"
	}
	p, ok := reachProtocols[proto]
	if !ok {
		return a, fieldErr("protocol", "%q is not tcp, udp or icmp", proto)
	}
	a.Query.Protocol = p
	if a.Query.Port, err = reachPort(obj, p); err != nil {
		return a, err
	}
	switch expect, err := reachString(obj, "expect", false); {
	case err != nil:
		return a, err
	case expect == "blocked":
		a.Expect = reach.Blocked
	case expect != "" && expect != "reachable":
		return a, fieldErr("expect", "%q is not reachable or blocked", expect)
	}
	return a, nil
}

// reachString reads string attribute name; "" when it is absent and not
// required.
func reachString(obj map[string]any, name string, required bool) (string, error) {
	v, ok := obj[name]
	if !ok {
		if required {
			return "", fieldErr(name, "missing")
		}
		return "", nil
	}
	s, ok := v.(string)
	if !ok || strings.TrimSpace(s) == "" {
		return "", fieldErr(name, "want a non-empty string")
	}
	return strings.TrimSpace(s), nil
}

// reachPort reads the port: required for tcp and udp, refused for icmp.
func reachPort(obj map[string]any, p model.Protocol) (int, error) {
	v, ok := obj["port"]
	switch {
	case !ok && p == model.ProtocolICMP:
		return 0, nil
	case !ok:
		return 0, fieldErr("port", "missing; tcp and udp assertions need a port")
	case p == model.ProtocolICMP:
		return 0, fieldErr("port", "an icmp assertion (an echo request) has no port")
	}
	f, ok := v.(float64)
	if s, isString := v.(string); isString {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		f, ok = float64(n), err == nil
	}
	if !ok || f != math.Trunc(f) || f < 0 || f > 65535 {
		return 0, fieldErr("port", "%v is not a port number 0-65535", v)
	}
	return int(f), nil
}

// fieldErr returns a *lint.FieldError about attribute field.
func fieldErr(field, format string, args ...any) error {
	return &lint.FieldError{Field: field, Err: fmt.Errorf(format, args...)}
}
