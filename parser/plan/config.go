package plan

import (
	tfjson "github.com/hashicorp/terraform-json"
)

// config indexes the plan's configuration representation: the module
// tree (module calls by name, resources by module-relative address) and
// the provider configurations. A nil *config (a state file, or a plan
// without configuration) answers every lookup with nil.
type config struct {
	root      *tfjson.ConfigModule
	providers map[string]*tfjson.ProviderConfig
	resources map[*tfjson.ConfigModule]map[string]*tfjson.ConfigResource
}

// newConfig indexes c; nil when there is no configuration.
func newConfig(c *tfjson.Config) *config {
	if c == nil || c.RootModule == nil {
		return nil
	}
	return &config{
		root:      c.RootModule,
		providers: c.ProviderConfigs,
		resources: map[*tfjson.ConfigModule]map[string]*tfjson.ConfigResource{},
	}
}

// module returns the configuration of the module reached by the given
// module call names from the root, nil when there is none.
func (c *config) module(names []string) *tfjson.ConfigModule {
	if c == nil {
		return nil
	}
	m := c.root
	for _, n := range names {
		call := m.ModuleCalls[n]
		if call == nil || call.Module == nil {
			return nil
		}
		m = call.Module
	}
	return m
}

// call returns module call name of the module at names, nil when there is
// none.
func (c *config) call(names []string, name string) *tfjson.ModuleCall {
	if m := c.module(names); m != nil {
		return m.ModuleCalls[name]
	}
	return nil
}

// resource returns the configuration of the resource with module-relative
// address rel ("aws_vpc.main", "data.aws_vpc.x") in the module at names.
func (c *config) resource(names []string, rel string) *tfjson.ConfigResource {
	m := c.module(names)
	if m == nil {
		return nil
	}
	idx, ok := c.resources[m]
	if !ok {
		idx = make(map[string]*tfjson.ConfigResource, len(m.Resources))
		for _, r := range m.Resources {
			if r != nil {
				idx[r.Address] = r
			}
		}
		c.resources[m] = idx
	}
	return idx[rel]
}

// exprRefs returns the references of an expression. A constant expression,
// or none at all, has none: its value is known.
func exprRefs(e *tfjson.Expression) []string {
	if e == nil || e.ExpressionData == nil {
		return nil
	}
	return e.References
}
