package eval

import (
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// provider resolves the provider configuration that a resource of this
// module instance with provider local name local ("aws", "aws.west") uses:
// the module's own provider block; else the configuration the call passes
// in its providers map; else, for a default (unaliased) configuration, the
// caller's, inherited up to the root; else the implicit empty
// configuration Terraform creates.
func (m *modInst) provider(local string) *resource.Provider {
	if p := m.providers[local]; p != nil {
		return p
	}
	var p *resource.Provider
	if cfg := m.mod.providers[local]; cfg != nil {
		p = m.evalProvider(cfg)
	} else if m.parent == nil {
		p = m.ev.implicitProvider(local)
	} else if mapped, ok := m.call.providers[local]; ok {
		p = m.parent.provider(mapped)
	} else if !strings.Contains(local, ".") {
		p = m.parent.provider(local)
	} else {
		p = m.ev.implicitProvider(m.providerKey(local))
	}
	m.providers[local] = p
	return p
}

// providerKey is Terraform's provider_config_key: the module path without
// instance keys, a colon, the local name ("module.net:aws"); just the
// local name in the root.
func (m *modInst) providerKey(local string) string {
	if m.callPath == "" {
		return local
	}
	return callAddress(m.callPath) + ":" + local
}

func (m *modInst) evalProvider(cfg *providerConfig) *resource.Provider {
	body := m.scope().evalBody(cfg.body, false)
	p := &resource.Provider{
		Key:         m.providerKey(cfg.key),
		DefaultTags: cty.NullVal(cty.DynamicPseudoType),
		Region:      cty.NullVal(cty.String),
		DefRange:    cfg.defRange,
	}
	if a, ok := body.Attrs["region"]; ok {
		p.Region = a.Value
	}
	if blocks := body.Blocks["default_tags"]; len(blocks) > 0 {
		if a, ok := blocks[0].Attrs["tags"]; ok {
			p.DefaultTags = a.Value
		}
	} else if body.UnknownBlocks["default_tags"] {
		p.DefaultTags = cty.DynamicVal
	}
	return p
}

// implicitProvider is the empty configuration with key, one per key.
func (ev *evaluator) implicitProvider(key string) *resource.Provider {
	if p := ev.implicit[key]; p != nil {
		return p
	}
	p := &resource.Provider{Key: key, DefaultTags: cty.NullVal(cty.DynamicPseudoType), Region: cty.NullVal(cty.String)}
	ev.implicit[key] = p
	return p
}
