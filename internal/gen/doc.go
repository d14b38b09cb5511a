// Package gen writes a large, deterministic Terraform monorepo for
// vpclint's benchmarks and scale tests: many root modules with VPCs,
// subnets, NAT gateways, route tables, security groups (inline, dynamic and
// separate rule resources), network ACLs with 20 rules per direction,
// peerings, count, for_each and dynamic blocks, and calls to shared local
// modules.
//
// The output depends only on Config: the same Config gives byte-identical
// files. Each root module is drawn from its own pseudo-random stream, so the
// tree for N roots is the first N roots of any larger tree, and cost can be
// compared across sizes.
//
// Some roots deliberately carry mistakes (a shadowed NACL rule, a missing
// ephemeral-port return rule, a NAT gateway without a Purpose tag, a
// security group with no egress, overlapping peered VPCs) so that rules
// fire and the whole pipeline, reporting included, is measured.
//
// The WorstCase functions write single root modules (and plans) for the
// rule-level benchmarks instead: one object at the largest count AWS allows
// (a network ACL of 40 rules per direction, a route table of 1,000 routes,
// a peering mesh, security groups and mirror filters full of rules), drawn
// so that the rules whose cost grows faster than linearly with that count
// do the most work, with a few mistakes that make them fire.
package gen
