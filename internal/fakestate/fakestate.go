// Package fakestate turns a Terraform plan that creates a configuration
// into the state an apply would leave, with made-up but deterministic ids,
// so that plan fixtures with a prior state can be made offline: plan the
// "before" configuration, fake its apply with State, then plan the "after"
// configuration against that state (testdata/rules/regen-plans.sh).
//
// Every value the plan knows is kept. A value known only after apply is
// filled from the configuration's reference (vpc_id = aws_vpc.main.id takes
// the VPC's made-up id), else made up from its name and the resource's
// address: an id with the resource type's AWS prefix ("sg-…", "nat-…"), an
// ARN, the account 123456789012, public addresses from the documentation
// ranges (RFC 5737), tags_all equal to tags, the vpc_id of a resource that
// references a VPC otherwise (aws_default_network_acl), and the zero value of the
// attribute's schema type otherwise. As on AWS, the separate rule resources
// (aws_route, security group and network ACL rule resources) also appear in
// the rule lists of the objects they name, when the configuration does not
// set those lists (see mirror). Inside inline blocks (route, ingress),
// whose references the plan's configuration lists only for the whole
// attribute, a value is taken from the one reference whose resource type
// fits the argument (nat_gateway_id from an aws_nat_gateway); several
// candidates are an error, as are modules, data sources and resources the
// plan does not create.
package fakestate

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// account is the made-up AWS account of every ARN and owner id.
const account = "123456789012"

// providerAddr is the provider whose schema State reads.
const providerAddr = "registry.terraform.io/hashicorp/aws"

// State returns the state (format version 4) that applying plan, the JSON
// of `terraform show -json` for a plan that only creates managed resources
// of the root module, would leave. schema is `terraform providers schema
// -json` of the same configuration.
func State(plan, schema []byte) ([]byte, error) {
	var p planJSON
	if err := decode(plan, &p); err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	var s schemaJSON
	if err := decode(schema, &s); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	a, err := newApplier(&p, s.ProviderSchemas[providerAddr].ResourceSchemas)
	if err != nil {
		return nil, err
	}
	for _, addr := range a.order {
		if _, err := a.fill(addr); err != nil {
			return nil, err
		}
	}
	a.mirror()
	return a.state(p.TerraformVersion)
}

// decode unmarshals JSON keeping numbers as json.Number.
func decode(src []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(src))
	d.UseNumber()
	return d.Decode(v)
}

// planJSON is the part of a plan State reads.
type planJSON struct {
	TerraformVersion string `json:"terraform_version"`
	ResourceChanges  []struct {
		Address       string `json:"address"`
		ModuleAddress string `json:"module_address"`
		Mode          string `json:"mode"`
		Type          string `json:"type"`
		Name          string `json:"name"`
		Index         any    `json:"index"`
		Change        struct {
			Actions      []string       `json:"actions"`
			After        map[string]any `json:"after"`
			AfterUnknown map[string]any `json:"after_unknown"`
		} `json:"change"`
	} `json:"resource_changes"`
	PlannedValues struct {
		RootModule struct {
			Resources []struct {
				Address       string `json:"address"`
				SchemaVersion int    `json:"schema_version"`
			} `json:"resources"`
		} `json:"root_module"`
	} `json:"planned_values"`
	Configuration struct {
		RootModule struct {
			Resources []struct {
				Address     string                     `json:"address"`
				Expressions map[string]json.RawMessage `json:"expressions"`
			} `json:"resources"`
		} `json:"root_module"`
	} `json:"configuration"`
}

// schemaJSON is the part of `terraform providers schema -json` State reads.
type schemaJSON struct {
	ProviderSchemas map[string]struct {
		ResourceSchemas map[string]resourceSchema `json:"resource_schemas"`
	} `json:"provider_schemas"`
}

// resourceSchema is one resource type's schema.
type resourceSchema struct {
	Block blockSchema `json:"block"`
}

// blockSchema is a block's attributes and nested blocks.
type blockSchema struct {
	Attributes map[string]struct {
		Type any `json:"type"`
	} `json:"attributes"`
	BlockTypes map[string]struct {
		Block blockSchema `json:"block"`
	} `json:"block_types"`
}

// objectType returns the block as a cty JSON object type, nested blocks
// as lists of objects.
func (b blockSchema) objectType() any {
	attrs := map[string]any{}
	for name, a := range b.Attributes {
		attrs[name] = a.Type
	}
	for name, bt := range b.BlockTypes {
		attrs[name] = []any{"list", bt.Block.objectType()}
	}
	return []any{"object", attrs}
}

// resource is one instance being applied.
type resource struct {
	addr, typ, name string
	index           any
	schemaVersion   int
	typeOfAttrs     map[string]any
	after, unknown  map[string]any
	refs            map[string][]string // attribute → references
	filled          map[string]any      // nil until filled
	filling         bool
}

// applier fills every resource of a plan.
type applier struct {
	res   map[string]*resource
	order []string
}

// newApplier indexes the plan's resource changes, which must all create
// managed resources of the root module.
func newApplier(p *planJSON, schemas map[string]resourceSchema) (*applier, error) {
	a := &applier{res: map[string]*resource{}}
	versions := map[string]int{}
	for _, r := range p.PlannedValues.RootModule.Resources {
		versions[r.Address] = r.SchemaVersion
	}
	exprs := map[string]map[string][]string{}
	for _, r := range p.Configuration.RootModule.Resources {
		exprs[r.Address] = map[string][]string{}
		for name, raw := range r.Expressions {
			var e struct {
				References []string `json:"references"`
			}
			if json.Unmarshal(raw, &e) == nil && len(e.References) > 0 {
				exprs[r.Address][name] = e.References
			}
		}
	}
	for _, rc := range p.ResourceChanges {
		switch {
		case rc.ModuleAddress != "":
			return nil, fmt.Errorf("%s: modules are not supported", rc.Address)
		case rc.Mode != "managed":
			return nil, fmt.Errorf("%s: data sources are not supported", rc.Address)
		case len(rc.Change.Actions) != 1 || rc.Change.Actions[0] != "create":
			return nil, fmt.Errorf("%s: the plan must only create resources, not %v", rc.Address, rc.Change.Actions)
		}
		s, ok := schemas[rc.Type]
		if !ok {
			return nil, fmt.Errorf("%s: no schema for %s", rc.Address, rc.Type)
		}
		_, attrs := objectAttrs(s.Block.objectType())
		a.res[rc.Address] = &resource{
			addr: rc.Address, typ: rc.Type, name: rc.Name, index: rc.Index,
			schemaVersion: versions[rc.Address], typeOfAttrs: attrs,
			after: rc.Change.After, unknown: rc.Change.AfterUnknown,
			refs: exprs[indexKeys.ReplaceAllString(rc.Address, "")],
		}
		a.order = append(a.order, rc.Address)
	}
	return a, nil
}

// indexKeys matches the instance keys of an address.
var indexKeys = regexp.MustCompile(`\[[^\]]*\]`)

// fill returns the applied attributes of the resource at addr.
func (a *applier) fill(addr string) (map[string]any, error) {
	r := a.res[addr]
	if r == nil {
		return nil, fmt.Errorf("no resource %s is created", addr)
	}
	if r.filled != nil {
		return r.filled, nil
	}
	if r.filling {
		return nil, fmt.Errorf("%s: reference cycle", addr)
	}
	r.filling = true
	out := map[string]any{}
	for k, v := range r.after {
		out[k] = v
	}
	names := make([]string, 0, len(r.unknown))
	for k := range r.unknown {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		v, err := a.fillValue(r, k, out[k], r.unknown[k], r.typeOfAttrs[k], k, true)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", addr, k, err)
		}
		out[k] = v
	}
	r.filled = out
	return out, nil
}

// fillValue fills the unknown parts of val, whose after_unknown is unk and
// whose cty JSON type is typ, inside attribute top of r; name is the
// nearest attribute name, and topLevel tells whether val is the attribute
// itself.
func (a *applier) fillValue(r *resource, top string, val, unk, typ any, name string, topLevel bool) (any, error) {
	switch u := unk.(type) {
	case bool:
		if !u {
			return val, nil
		}
		return a.made(r, top, typ, name, topLevel)
	case []any:
		list, _ := val.([]any)
		out := make([]any, max(len(list), len(u)))
		copy(out, list)
		elem := elemType(typ)
		for i, e := range u {
			v, err := a.fillValue(r, top, out[i], e, elem, name, false)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	case map[string]any:
		obj, _ := val.(map[string]any)
		out := map[string]any{}
		for k, v := range obj {
			out[k] = v
		}
		_, attrs := objectAttrs(typ)
		for k, e := range u {
			v, err := a.fillValue(r, top, out[k], e, attrs[k], k, false)
			if err != nil {
				return nil, err
			}
			out[k] = v
		}
		return out, nil
	}
	return val, nil
}

// made makes up a value of type typ for the unknown attribute name.
func (a *applier) made(r *resource, top string, typ any, name string, topLevel bool) (any, error) {
	if refs := r.refs[top]; len(refs) > 0 {
		v, ok, err := a.fromReferences(r, refs, typ, name, topLevel)
		if err != nil || ok {
			return v, err
		}
	}
	switch typ {
	case "string":
		return a.madeString(r, name)
	case "number":
		return json.Number("0"), nil
	case "bool":
		return false, nil
	}
	kind, _ := objectAttrs(typ)
	switch {
	case name == "tags_all" && topLevel:
		if tags, ok := r.after["tags"].(map[string]any); ok {
			return tags, nil
		}
		return map[string]any{}, nil
	case kind == "map":
		return map[string]any{}, nil
	case kind == "list" || kind == "set" || kind == "tuple":
		return []any{}, nil
	}
	return nil, nil
}

// targetTypes are the resource types an argument of an inline block (or a
// list of ids) may reference.
var targetTypes = map[string][]string{
	"nat_gateway_id":            {"aws_nat_gateway"},
	"gateway_id":                {"aws_internet_gateway", "aws_nat_gateway", "aws_vpn_gateway"},
	"vpc_peering_connection_id": {"aws_vpc_peering_connection"},
	"transit_gateway_id":        {"aws_ec2_transit_gateway"},
	"network_interface_id":      {"aws_network_interface"},
	"egress_only_gateway_id":    {"aws_egress_only_internet_gateway"},
	"vpc_endpoint_id":           {"aws_vpc_endpoint"},
	"security_groups":           {"aws_security_group", "aws_default_security_group"},
	"vpc_security_group_ids":    {"aws_security_group", "aws_default_security_group"},
	"subnet_ids":                {"aws_subnet", "aws_default_subnet"},
}

// fromReferences takes the value of an unknown argument from the
// configuration's references: the referenced attribute of each resource
// the references name (a list for a collection type). ok is false when no
// reference fits.
func (a *applier) fromReferences(r *resource, refs []string, typ any, name string, topLevel bool) (any, bool, error) {
	countIndex := slices.Contains(refs, "count.index")
	var targets []reference
	seen := map[string]bool{}
	for _, ref := range refs {
		t, ok := parseReference(ref, name)
		if !ok || seen[t.base()] || (!topLevel && !t.fits(name)) {
			continue
		}
		seen[t.base()] = true
		if !t.explicitAttr && hasFullerReference(refs, ref) {
			continue
		}
		targets = append(targets, t)
	}
	if len(targets) == 0 {
		return nil, false, nil
	}
	var vals []any
	for _, t := range targets {
		addr := t.addr
		if _, ok := a.res[addr]; !ok && countIndex && r.index != nil {
			addr = fmt.Sprintf("%s[%v]", addr, r.index)
		}
		attrs, err := a.fill(addr)
		if err != nil {
			return nil, false, err
		}
		vals = append(vals, attrs[t.attr])
	}
	if kind, _ := objectAttrs(typ); kind == "list" || kind == "set" {
		return vals, true, nil
	}
	if len(vals) > 1 {
		return nil, false, fmt.Errorf("references %v name %d resources that %s may come from; write the inline blocks so that one reference fits each argument", refs, len(vals), name)
	}
	return vals[0], true, nil
}

// reference is one resource reference of a configuration expression.
type reference struct {
	typ, addr, attr string
	// explicitAttr is false when the reference names no attribute (a
	// dynamic index hides it) and attr was guessed from the argument.
	explicitAttr bool
}

// base returns the address without the instance key.
func (t reference) base() string { return indexKeys.ReplaceAllString(t.addr, "") }

// fits reports whether the reference may be what argument name holds.
func (t reference) fits(name string) bool {
	if types, ok := targetTypes[name]; ok {
		return t.attr == "id" && slices.Contains(types, t.typ)
	}
	return t.attr == name
}

// referencePattern matches "TYPE.NAME[KEY].ATTR…" of a managed resource.
var referencePattern = regexp.MustCompile(`^(aws_[a-z0-9_]+)\.([A-Za-z0-9_-]+)((?:\[[^\]]*\])?)(?:\.([A-Za-z0-9_]+))?`)

// parseReference parses a reference string; a reference without an
// attribute is read as the id when name is an id argument.
func parseReference(ref, name string) (reference, bool) {
	m := referencePattern.FindStringSubmatch(ref)
	if m == nil {
		return reference{}, false
	}
	t := reference{typ: m[1], addr: m[1] + "." + m[2] + m[3], attr: m[4], explicitAttr: m[4] != ""}
	if t.attr == "" {
		if !strings.HasSuffix(name, "_id") && !strings.HasSuffix(name, "_ids") && name != "security_groups" {
			return reference{}, false
		}
		t.attr = "id"
	}
	return t, true
}

// hasFullerReference reports whether refs holds a reference that extends
// ref with an index or attribute (Terraform lists "aws_vpc.main.id" and its
// prefix "aws_vpc.main").
func hasFullerReference(refs []string, ref string) bool {
	for _, o := range refs {
		if o != ref && (strings.HasPrefix(o, ref+".") || strings.HasPrefix(o, ref+"[")) {
			return true
		}
	}
	return false
}

// madeString makes up a string attribute.
func (a *applier) madeString(r *resource, name string) (any, error) {
	switch name {
	case "id":
		return a.madeID(r)
	case "arn":
		id, err := a.madeID(r)
		if err != nil {
			return nil, err
		}
		return fmt.Sprintf("arn:aws:ec2:us-east-1:%s:%s/%s", account, strings.ReplaceAll(strings.TrimPrefix(r.typ, "aws_"), "_", "-"), id), nil
	case "owner_id":
		return account, nil
	case "allocation_id":
		if r.typ == "aws_eip" {
			return a.madeID(r)
		}
	case "public_ip":
		return a.publicIP(r)
	case "private_ip":
		h := digest(r.addr, name)
		return fmt.Sprintf("10.255.%d.%d", h[0], h[1]%250+1), nil
	case "default_route_table_id", "main_route_table_id":
		return "rtb-" + hexOf(r.addr, "default_route_table_id"), nil
	case "default_network_acl_id":
		return "acl-" + hexOf(r.addr, name), nil
	case "default_security_group_id":
		return "sg-" + hexOf(r.addr, name), nil
	case "association_id":
		return "eipassoc-" + hexOf(r.addr, name), nil
	case "network_interface_id":
		if r.typ == "aws_nat_gateway" {
			return "eni-" + hexOf(r.addr, name), nil
		}
	case "security_group_rule_id":
		return "sgr-" + hexOf(r.addr, name), nil
	case "dhcp_options_id":
		return "dopt-" + hexOf(r.addr, name), nil
	case "vpc_id":
		return a.referencedVPC(r)
	}
	return "", nil
}

// referencedVPC returns the id of the VPC that some argument of r
// references (an aws_default_network_acl's default_network_acl_id names its
// VPC's attribute), or "".
func (a *applier) referencedVPC(r *resource) (string, error) {
	names := make([]string, 0, len(r.refs))
	for name := range r.refs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, ref := range r.refs[name] {
			if t, ok := parseReference(ref, name); ok && t.typ == "aws_vpc" {
				vpc, err := a.fill(t.addr)
				if err != nil {
					return "", err
				}
				s, _ := vpc["id"].(string)
				return s, nil
			}
		}
	}
	return "", nil
}

// idPrefixes are the AWS id prefixes of resource types.
var idPrefixes = map[string]string{
	"aws_vpc":                             "vpc-",
	"aws_subnet":                          "subnet-",
	"aws_security_group":                  "sg-",
	"aws_security_group_rule":             "sgrule-",
	"aws_vpc_security_group_ingress_rule": "sgr-",
	"aws_vpc_security_group_egress_rule":  "sgr-",
	"aws_network_acl":                     "acl-",
	"aws_network_acl_rule":                "nacl-",
	"aws_network_acl_association":         "aclassoc-",
	"aws_route_table":                     "rtb-",
	"aws_route":                           "r-",
	"aws_route_table_association":         "rtbassoc-",
	"aws_main_route_table_association":    "rtbassoc-",
	"aws_nat_gateway":                     "nat-",
	"aws_eip":                             "eipalloc-",
	"aws_internet_gateway":                "igw-",
	"aws_network_interface":               "eni-",
	"aws_vpc_peering_connection":          "pcx-",
	"aws_instance":                        "i-",
	"aws_ec2_transit_gateway":             "tgw-",
	"aws_egress_only_internet_gateway":    "eigw-",
	"aws_vpc_endpoint":                    "vpce-",
}

// defaultIDs are the VPC attributes holding the id that an aws_default_*
// resource adopts, and the argument of the resource that names it.
var defaultIDs = map[string][2]string{
	"aws_default_network_acl":    {"default_network_acl_id", "default_network_acl_id"},
	"aws_default_route_table":    {"default_route_table_id", "default_route_table_id"},
	"aws_default_security_group": {"default_security_group_id", "vpc_id"},
}

// madeID returns the resource's id: the VPC's default object id for an
// aws_default_* resource, else the type's prefix and a hash of the address.
func (a *applier) madeID(r *resource) (string, error) {
	if d, ok := defaultIDs[r.typ]; ok {
		for _, ref := range r.refs[d[1]] {
			if t, ok := parseReference(ref, d[1]); ok && t.typ == "aws_vpc" {
				vpc, err := a.fill(t.addr)
				if err != nil {
					return "", err
				}
				s, _ := vpc[d[0]].(string)
				return s, nil
			}
		}
		return "", fmt.Errorf("%s: %s must reference an aws_vpc", r.addr, d[1])
	}
	prefix, ok := idPrefixes[r.typ]
	if !ok {
		prefix = strings.ReplaceAll(strings.TrimPrefix(r.typ, "aws_"), "_", "") + "-"
	}
	return prefix + hexOf(r.addr, "id"), nil
}

// publicIP returns a documentation address for an Elastic IP, and the
// address of its Elastic IP for a NAT gateway.
func (a *applier) publicIP(r *resource) (string, error) {
	if r.typ == "aws_nat_gateway" {
		for _, addr := range a.order {
			if a.res[addr].typ != "aws_eip" {
				continue
			}
			eip, err := a.fill(addr)
			if err != nil {
				return "", err
			}
			if alloc, _ := r.after["allocation_id"].(string); alloc == "" {
				if refs := r.refs["allocation_id"]; len(refs) > 0 && strings.HasPrefix(refs[0], addr+".") {
					return fmt.Sprint(eip["public_ip"]), nil
				}
			} else if alloc == eip["id"] {
				return fmt.Sprint(eip["public_ip"]), nil
			}
		}
	}
	h := digest(r.addr, "public_ip")
	return fmt.Sprintf("203.0.113.%d", h[0]%250+1), nil
}

// state renders the filled resources as a version 4 state.
func (a *applier) state(version string) ([]byte, error) {
	type instance struct {
		IndexKey            any            `json:"index_key,omitempty"`
		SchemaVersion       int            `json:"schema_version"`
		Attributes          map[string]any `json:"attributes"`
		SensitiveAttributes []any          `json:"sensitive_attributes"`
	}
	type stateResource struct {
		Mode      string     `json:"mode"`
		Type      string     `json:"type"`
		Name      string     `json:"name"`
		Provider  string     `json:"provider"`
		Instances []instance `json:"instances"`
	}
	byBase := map[string]*stateResource{}
	var resources []*stateResource
	for _, addr := range a.order {
		r := a.res[addr]
		base := indexKeys.ReplaceAllString(addr, "")
		sr := byBase[base]
		if sr == nil {
			sr = &stateResource{Mode: "managed", Type: r.typ, Name: r.name, Provider: `provider["` + providerAddr + `"]`}
			byBase[base] = sr
			resources = append(resources, sr)
		}
		sr.Instances = append(sr.Instances, instance{IndexKey: r.index, SchemaVersion: r.schemaVersion, Attributes: r.filled, SensitiveAttributes: []any{}})
	}
	st := map[string]any{
		"version":           4,
		"terraform_version": version,
		"serial":            1,
		"lineage":           "00000000-0000-4000-8000-" + hexOf("lineage", "")[:12],
		"outputs":           map[string]any{},
		"resources":         resources,
	}
	return json.MarshalIndent(st, "", "  ")
}

// objectAttrs returns the kind of a cty JSON type ("string", "list",
// "object", …) and, for an object, its attribute types.
func objectAttrs(typ any) (string, map[string]any) {
	switch t := typ.(type) {
	case string:
		return t, nil
	case []any:
		if len(t) == 2 {
			kind, _ := t[0].(string)
			attrs, _ := t[1].(map[string]any)
			return kind, attrs
		}
	}
	return "", nil
}

// elemType returns the element type of a list, set or map type.
func elemType(typ any) any {
	if t, ok := typ.([]any); ok && len(t) == 2 {
		return t[1]
	}
	return nil
}

// digest hashes the parts.
func digest(parts ...string) [32]byte { return sha256.Sum256([]byte(strings.Join(parts, "\x00"))) }

// hexOf returns 17 hex digits of the parts' hash, as long as an AWS id.
func hexOf(parts ...string) string {
	h := digest(parts...)
	return hex.EncodeToString(h[:])[:17]
}
