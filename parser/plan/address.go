package plan

import (
	"encoding/json"
	"strconv"
	"strings"

	tfjson "github.com/hashicorp/terraform-json"
)

// part is one step of an address or reference: a name and the instance
// key written after it, exactly as Terraform prints it ("[0]",
// "[\"a\"]"), or "" when there is none.
type part struct {
	name string
	key  string
}

// splitAddress splits an address or reference string such as
// module.net["a"].aws_subnet.this[0].id into its parts. Quoted keys may hold
// dots and brackets. ok is false for a malformed string.
func splitAddress(s string) (parts []part, ok bool) {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		if j == i {
			return nil, false
		}
		p := part{name: s[i:j]}
		if j < len(s) && s[j] == '[' {
			end, ok := keyEnd(s, j)
			if !ok {
				return nil, false
			}
			p.key = s[j:end]
			j = end
		}
		parts = append(parts, p)
		switch {
		case j == len(s):
			return parts, true
		case s[j] == '.':
			i = j + 1
			if i == len(s) {
				return nil, false
			}
		case s[j] == '[':
			// A second index (var.x[0][1]) selects inside a value: the
			// address part ends here.
			return parts, true
		default:
			return nil, false
		}
	}
	return nil, false
}

// keyEnd returns the offset just after the index that opens at s[i] ('[').
func keyEnd(s string, i int) (int, bool) {
	j := i + 1
	if j < len(s) && s[j] == '"' {
		j++
		for j < len(s) && s[j] != '"' {
			if s[j] == '\\' {
				j++
			}
			j++
		}
		j++ // closing quote
	} else {
		for j < len(s) && s[j] != ']' {
			j++
		}
	}
	if j >= len(s) || s[j] != ']' {
		return 0, false
	}
	return j + 1, true
}

// isNameByte reports whether c may appear in a Terraform identifier.
func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// step is one module call in a module instance path.
type step struct {
	name string
	key  string
}

// modulePath is a module instance path; nil is the root module.
type modulePath []step

// parseModulePath parses "module.a[0].module.b" (or "" for the root).
func parseModulePath(s string) (modulePath, bool) {
	if s == "" {
		return nil, true
	}
	parts, ok := splitAddress(s)
	if !ok || len(parts)%2 != 0 {
		return nil, false
	}
	var path modulePath
	for i := 0; i < len(parts); i += 2 {
		if parts[i].name != "module" || parts[i].key != "" {
			return nil, false
		}
		path = append(path, step{name: parts[i+1].name, key: parts[i+1].key})
	}
	return path, true
}

// String returns the address of the module instance, "" for the root.
func (p modulePath) String() string {
	var sb strings.Builder
	for i, s := range p {
		if i > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString("module.")
		sb.WriteString(s.name)
		sb.WriteString(s.key)
	}
	return sb.String()
}

// prefix returns the address prefix for resources in the module: the
// path and a dot, "" for the root.
func (p modulePath) prefix() string {
	if len(p) == 0 {
		return ""
	}
	return p.String() + "."
}

// names returns the module call names of the path, without keys.
func (p modulePath) names() []string {
	out := make([]string, len(p))
	for i, s := range p {
		out[i] = s.name
	}
	return out
}

// child returns the path of a module call's instance inside p.
func (p modulePath) child(name, key string) modulePath {
	out := make(modulePath, len(p), len(p)+1)
	copy(out, p)
	return append(out, step{name: name, key: key})
}

// resourceAddress is a parsed resource instance address.
type resourceAddress struct {
	module modulePath
	// base is the address without the instance key, with the module path:
	// module.net["a"].aws_subnet.this.
	base string
	// key is the instance key ("[0]", "[\"a\"]") or "".
	key string
}

// parseResourceAddress parses an absolute resource instance address.
func parseResourceAddress(s string) (resourceAddress, bool) {
	parts, ok := splitAddress(s)
	if !ok {
		return resourceAddress{}, false
	}
	var mod modulePath
	for len(parts) >= 2 && parts[0].name == "module" && parts[0].key == "" {
		mod = append(mod, step{name: parts[1].name, key: parts[1].key})
		parts = parts[2:]
	}
	mode := ""
	if len(parts) == 3 && parts[0].name == "data" && parts[0].key == "" {
		mode = "data."
		parts = parts[1:]
	}
	if len(parts) != 2 || parts[0].key != "" {
		return resourceAddress{}, false
	}
	return resourceAddress{
		module: mod,
		base:   mod.prefix() + mode + parts[0].name + "." + parts[1].name,
		key:    parts[1].key,
	}, true
}

// absoluteAddress returns the absolute instance address of resource r of
// the module object at moduleAddr. Terraform 0.12 wrote state values with
// module-relative addresses that lack the instance key; those are
// rebuilt from the module address and the resource's index.
func absoluteAddress(moduleAddr string, r *tfjson.StateResource) string {
	addr := r.Address
	if moduleAddr != "" && !strings.HasPrefix(addr, moduleAddr+".") {
		addr = moduleAddr + "." + addr
	}
	if a, ok := parseResourceAddress(addr); ok && a.key == "" && r.Index != nil {
		addr += indexKey(r.Index)
	}
	return addr
}

// indexKey formats a resource index as Terraform writes it in addresses:
// [0] or ["key"].
func indexKey(index any) string {
	switch i := index.(type) {
	case string:
		return "[" + hclQuote(i) + "]"
	case json.Number:
		return "[" + i.String() + "]"
	case float64:
		return "[" + strconv.FormatFloat(i, 'f', -1, 64) + "]"
	}
	return ""
}

// hclQuote quotes s as an HCL string literal, as Terraform does for
// instance keys.
func hclQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "${", "$${", "%{", "%%{")
	return `"` + r.Replace(s) + `"`
}
