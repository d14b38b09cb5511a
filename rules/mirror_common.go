package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/model"
)

// Helpers shared by the traffic mirroring rules.

// mirrorRuleAction describes what a filter rule does: "accept tcp from
// 10.0.0.0/8 port 1024-65535 to 0.0.0.0/0 port 443".
func mirrorRuleAction(r *model.MirrorFilterRule) string {
	return fmt.Sprintf("%s %s from %s%s to %s%s", r.Action, r.Protocol, r.SourceCIDR.Prefix,
		mirrorPortsText(r.Protocol, r.SourcePorts), r.DestinationCIDR.Prefix, mirrorPortsText(r.Protocol, r.DestinationPorts))
}

// mirrorPortsText is " port 443" or " ports 1024-65535" for a tcp or udp
// range narrower than all ports, "" otherwise.
func mirrorPortsText(p model.Protocol, r model.PortRange) string {
	switch {
	case p != model.ProtocolTCP && p != model.ProtocolUDP, r == model.AllPorts:
		return ""
	case r.From == r.To:
		return " port " + r.String()
	}
	return " ports " + r.String()
}

// mirrorRuleText describes a rule as "rule 100 (accept tcp from … to …)".
func mirrorRuleText(r *model.MirrorFilterRule) string {
	return fmt.Sprintf("rule %d (%s)", r.Number, mirrorRuleAction(r))
}

// mirrorRulesText describes rules as "rule 100 (…)", "rules 100 (…) and
// 110 (…)" or "rules 100 (…), 110 (…) and 120 (…)".
func mirrorRulesText(rules []*model.MirrorFilterRule) string {
	if len(rules) == 1 {
		return mirrorRuleText(rules[0])
	}
	parts := make([]string, len(rules))
	for i, r := range rules {
		parts[i] = fmt.Sprintf("%d (%s)", r.Number, mirrorRuleAction(r))
	}
	return "rules " + naclJoin(parts)
}

// mirrorSessionsOf returns the sessions of the model that use each filter
// and each target, in model order.
func mirrorSessionsOf(net *model.Network) (byFilter map[*model.MirrorFilter][]*model.MirrorSession,
	byTarget map[*model.MirrorTarget][]*model.MirrorSession) {
	byFilter = map[*model.MirrorFilter][]*model.MirrorSession{}
	byTarget = map[*model.MirrorTarget][]*model.MirrorSession{}
	for _, s := range net.MirrorSessions {
		if s.Filter != nil {
			byFilter[s.Filter] = append(byFilter[s.Filter], s)
		}
		if s.Target != nil {
			byTarget[s.Target] = append(byTarget[s.Target], s)
		}
	}
	return byFilter, byTarget
}

// mirrorSessionNames returns the addresses of sessions.
func mirrorSessionNames(sessions []*model.MirrorSession) []string {
	names := make([]string, len(sessions))
	for i, s := range sessions {
		names[i] = s.Address
	}
	return names
}
