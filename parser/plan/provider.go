package plan

import (
	"strings"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// providers hands out the provider configuration of each instance.
type providers struct {
	cfg    *config
	loc    *located
	shared map[string]*resource.Provider
}

// forInstance returns the provider configuration of instance r whose
// configuration is cr (nil when unknown) and whose attributes are attrs. The configuration is found by the resource's
// provider_config_key; without configuration it is named after the
// provider's local name ("aws"). When tags_all is known, the instance gets
// its own copy whose DefaultTags is tags_all: the provider has already
// merged default_tags and tags, so the builder's merge (default ∪ tags,
// tags winning) yields tags_all again, with the provider's own answer for
// ignore_tags and empty values.
func (p *providers) forInstance(cr *tfjson.ConfigResource, r *tfjson.StateResource, attrs map[string]resource.Attr) *resource.Provider {
	var key string
	if cr != nil {
		key = cr.ProviderConfigKey
	}
	if key == "" {
		key = localName(r.ProviderName, r.Type)
	}
	shared := p.config(key)
	all, ok := attrs["tags_all"]
	if !ok || !all.Value.IsWhollyKnown() || all.Value.IsNull() {
		return shared
	}
	own := *shared
	own.DefaultTags = all.Value
	return &own
}

// config returns the shared provider configuration for key, resolving
// keys that older Terraform versions wrote for inherited configurations.
func (p *providers) config(key string) *resource.Provider {
	if pr, ok := p.shared[key]; ok {
		return pr
	}
	found := key
	var pc *tfjson.ProviderConfig
	if p.cfg != nil {
		found, pc = p.lookup(key)
	}
	pr := &resource.Provider{
		Key:         found,
		DefaultTags: cty.NullVal(cty.DynamicPseudoType),
		Region:      cty.NullVal(cty.String),
	}
	if pc != nil {
		pr.DefaultTags = defaultTags(pc.Expressions)
		if e := pc.Expressions["region"]; e != nil {
			pr.Region = exprValue(e)
		}
		pr.DefRange = p.loc.rangeOf("configuration/provider_config/" + found)
	}
	p.shared[key] = pr
	return pr
}

// lookup finds the provider configuration for key. Terraform 0.12 to early
// 1.x wrote "child:aws" (or "module.child:aws") for a resource in module
// child that inherits its parent's configuration, a key missing from
// provider_config: walk up the module path until a configuration exists
// (semantics §7.4). It returns the key found and its configuration, or key
// and nil.
func (p *providers) lookup(key string) (string, *tfjson.ProviderConfig) {
	if pc := p.cfg.providers[key]; pc != nil {
		return key, pc
	}
	i := strings.LastIndexByte(key, ':')
	if i < 0 {
		return key, nil
	}
	local := key[i+1:]
	mod := key[:i]
	var names []string
	if path, ok := parseModulePath(mod); ok {
		names = path.names()
	} else {
		names = strings.Split(mod, ".")
	}
	for n := len(names) - 1; n >= 0; n-- {
		for _, k := range []string{
			modulePathOf(names[:n]).prefixKey() + local,
			strings.Join(names[:n], ".") + ":" + local,
		} {
			if pc := p.cfg.providers[k]; pc != nil {
				return k, pc
			}
		}
	}
	return key, nil
}

// modulePathOf builds a key-less module path from call names.
func modulePathOf(names []string) modulePath {
	out := make(modulePath, len(names))
	for i, n := range names {
		out[i] = step{name: n}
	}
	return out
}

// prefixKey is the provider-key prefix of a module ("module.a:"), "" for
// the root.
func (p modulePath) prefixKey() string {
	if len(p) == 0 {
		return ""
	}
	return p.String() + ":"
}

// localName returns the provider's local name from its source address
// ("aws" for registry.terraform.io/hashicorp/aws), or when there is none,
// Terraform's implied provider for the resource type ("aws" for aws_vpc).
func localName(providerName, typ string) string {
	if name := providerName[strings.LastIndexByte(providerName, '/')+1:]; name != "" {
		return name
	}
	name, _, _ := strings.Cut(typ, "_")
	return name
}

// defaultTags returns default_tags.tags of a provider configuration: null
// when the block or attribute is absent, unknown when the expression has
// references.
func defaultTags(exprs map[string]*tfjson.Expression) cty.Value {
	null := cty.NullVal(cty.DynamicPseudoType)
	block := exprs["default_tags"]
	if block == nil || block.ExpressionData == nil {
		return null
	}
	if len(block.NestedBlocks) == 0 {
		// Written as an attribute, or unknown in an unexpected shape.
		if block.ConstantValue == nil {
			return null
		}
		return cty.DynamicVal
	}
	tags := block.NestedBlocks[0]["tags"]
	if tags == nil {
		return null
	}
	return exprValue(tags)
}

// exprValue returns the constant value of an expression, unknown when it
// has references.
func exprValue(e *tfjson.Expression) cty.Value {
	if e.ExpressionData == nil || len(e.References) > 0 || e.ConstantValue == tfjson.UnknownConstantValue {
		return cty.DynamicVal
	}
	return toValue(e.ConstantValue, nil)
}
