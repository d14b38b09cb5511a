package build

import (
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// linkPeering fills an aws_vpc_peering_connection (semantics §3.3).
func (b *builder) linkPeering(in *resource.Instance, p *model.Peering) {
	f := instanceFields(in)
	p.Requester = b.vpcOf(f.get("vpc_id"))
	p.Accepter = b.vpcOf(f.get("peer_vpc_id"))
	p.PeerRegion = stringOr(f.get("peer_region"), "")
	p.RequesterAllowRemoteDNS = allowRemoteDNS(f, "requester", false)
	p.AccepterAllowRemoteDNS = allowRemoteDNS(f, "accepter", false)
	p.Tags = tags(in)
}

// peeringOptions applies an aws_vpc_peering_connection_options to its
// connection. Options that may not exist (unknown count) make the values
// unknown unless they agree.
func (b *builder) peeringOptions(in *resource.Instance) {
	f := instanceFields(in)
	p := b.peeringOf(f.get("vpc_peering_connection_id"))
	if p == nil {
		return
	}
	for _, side := range []struct {
		name string
		dst  *model.Bool
	}{{"requester", &p.RequesterAllowRemoteDNS}, {"accepter", &p.AccepterAllowRemoteDNS}} {
		if it := f.nested(side.name); len(it.list) == 0 && it.complete {
			continue
		}
		v := allowRemoteDNS(f, side.name, false)
		if in.MaybeAbsent && v != *side.dst {
			v = model.Bool{}
		}
		*side.dst = v
	}
}

// allowRemoteDNS reads allow_remote_vpc_dns_resolution from the first
// `name {}` block of f; def when there is none.
func allowRemoteDNS(f fields, name string, def bool) model.Bool {
	it := f.nested(name)
	if len(it.list) == 0 {
		return model.Bool{Value: def, Known: it.complete}
	}
	return boolOr(it.list[0].get("allow_remote_vpc_dns_resolution"), def)
}
