// Package rules holds vpclint's rules, one file per rule, and the registry
// All. A rule is a *lint.Rule value with its documentation and one Run
// function; it reads the network model and never parses HCL.
package rules

import "github.com/vpclint/vpclint/lint"

//go:generate go run ../internal/docgen

// All returns every rule, in ID order. The list is explicit: adding a rule
// means adding it here.
func All() []*lint.Rule {
	return []*lint.Rule{
		ChangeNACLLiveEdit,
		ChangeNATReplace,
		ChangeRouteRemoval,
		ChangeSGReplace,
		ChangeSGRuleRemoval,
		DXJumboMTU,
		MirrorFilterEmpty,
		MirrorFilterShadowed,
		MirrorTargetBlocked,
		NACLEphemeralGap,
		NACLOpenAdminPort,
		NACLRuleShadowed,
		NATSingleAZ,
		NATUntagged,
		NATUnused,
		NetworkInvalidValue,
		NetworkUntagged,
		PeeringCIDROverlap,
		PeeringDNSResolution,
		PeeringRouteMissing,
		ReachAssertion,
		RouteShadowed,
		SGDefaultAllowsTraffic,
		SGDuplicateRule,
		SGEmptyEgress,
		SGMixedRuleStyles,
		SGOpenIngress,
		VPCFlowLogsMissing,
	}
}

// Retired are the IDs of removed rules. They are never reused.
var Retired = []string{}
