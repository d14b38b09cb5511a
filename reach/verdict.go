package reach

import "github.com/vpclint/vpclint/model"

// Outcome is the answer to a query.
type Outcome int

// Outcomes, in the order vpclint's exit codes give them (0, 1, 2).
const (
	// Reachable: every component on the path, both ways, lets the
	// connection through.
	Reachable Outcome = iota
	// Blocked: some component certainly drops the request or its reply.
	Blocked
	// Unknown: an unknown value on the path keeps vpclint from telling.
	Unknown
)

// String returns "reachable", "blocked" or "unknown".
func (o Outcome) String() string {
	switch o {
	case Blocked:
		return "blocked"
	case Unknown:
		return "unknown"
	}
	return "reachable"
}

// Status is what one hop does to the connection.
type Status int

// Hop statuses.
const (
	// Pass: the hop lets the traffic through.
	Pass Status = iota
	// Block: the hop certainly drops (some of) the traffic.
	Block
	// Undecided: an unknown value keeps the hop from being decided.
	Undecided
)

// String returns "pass", "block" or "unknown".
func (s Status) String() string {
	switch s {
	case Block:
		return "block"
	case Undecided:
		return "unknown"
	}
	return "pass"
}

// Hop is one component on the path and what it decides.
type Hop struct {
	// Resource is where the hop is decided: the rule, route or resource
	// block, with the Terraform address of the resource it belongs to.
	Resource model.Location
	// What is the kind of component: "security group", "network ACL",
	// "route table", "transit gateway route table", "peering connection",
	// "transit gateway attachment", "VPN connection", "NAT gateway" or
	// "internet gateway".
	What string
	// Rule says what lets the traffic through, blocks it, or cannot be
	// decided: "inbound rule 100 denies tcp 5439 from 10.20.0.0/16",
	// "route 10.20.0.0/16 via aws_ec2_transit_gateway.main".
	Rule string
	// Return is true for a hop on the reply's way back.
	Return bool
	Status Status
}

// Verdict is the answer to one query.
type Verdict struct {
	Outcome Outcome
	Query   Query
	// From and To name the two ends as resolved, e.g. "aws_instance.app"
	// or "10.20.0.5".
	From, To string
	// Placement says which subnets the verdict is about when an end may
	// sit in several (a database's subnet group, a load balancer's
	// subnets) and the answer differs between them:
	// "module.dw.aws_redshift_cluster.main in aws_subnet.data_b". Empty
	// when the answer is the same wherever the ends are.
	Placement string
	// Hops are the components checked, in the order the request and then
	// the reply meet them, up to the blocking hop when Blocked.
	Hops []Hop
	// Blocker is the index in Hops of the blocking hop (Blocked) or of the
	// first hop that could not be decided (Unknown); -1 when Reachable.
	Blocker int
	// Fix is a one-line suggestion when Blocked.
	Fix string
	// Unknown names the unknown value when Outcome is Unknown.
	Unknown string
}

// Query is one question: can From open a connection to To?
type Query struct {
	// From and To are a Terraform resource address (aws_instance.app,
	// module.db.aws_db_instance.this, aws_subnet.private["a"]) or an IPv4
	// or IPv6 address or CIDR: an address in a subnet of the model, or an
	// outside network such as an on-premises range.
	From, To string
	// Protocol is model.ProtocolTCP, model.ProtocolUDP or
	// model.ProtocolICMP (an echo request, whose reply is an echo reply).
	Protocol model.Protocol
	// Port is the destination port (tcp and udp).
	Port int
	// Ephemeral is the client's ephemeral port range that replies go to;
	// the zero value means 1024-65535, which every client's range fits in
	// (semantics §2.2).
	Ephemeral model.PortRange
}

// defaultEphemeral is the reply port range when Query.Ephemeral is unset.
var defaultEphemeral = model.PortRange{From: 1024, To: 65535}
