// Package build turns evaluated resource instances (parser/resource, from
// .tf source or plan JSON) into a linked model.Network.
//
// It reads cty values only; nothing here parses HCL. The semantics it
// applies are those of docs/aws-network-semantics.md (§1-§6, §9):
//
//   - Links. A reference argument (vpc_id, security_group_id, subnet_id,
//     route_table_id, …) holds a reference string naming an instance and an
//     attribute, or a literal id. A reference to attribute "id" links to the
//     instance at that address (to the one MaybeAbsent instance with the
//     same address without keys, when the address itself is not found); a
//     reference to a VPC's default_network_acl_id, default_route_table_id,
//     main_route_table_id or default_security_group_id links to the
//     aws_default_* resource managing that object. A literal id links
//     through the instances whose own `id` (or a VPC's default_*_id) is a
//     known literal, as in plan values. Anything else is unresolved: a nil
//     link, never a guess.
//   - Unknown values make the affected field unknown (Known false); rules
//     abstain on them. Null and "" are unset. Values of an unexpected type
//     are converted as Terraform would, and are unknown when that fails.
//   - Invalid values the provider or AWS reject (a CIDR with host bits set,
//     a NACL protocol keyword outside the provider's table, an SG protocol
//     AWS does not know, a NACL rule number outside 1-32766, a bad rule
//     type or action) become model.Problems at the argument, and the value
//     is unknown: nothing is repaired silently.
//   - Rules of a security group or network ACL come from the resource's
//     inline blocks, its attribute form (`egress = [...]`) and the separate
//     rule resources. A rule resource whose group or ACL does not resolve is
//     kept in Network.UnattachedSGRules / UnattachedNACLRules (likewise
//     aws_route in UnattachedRoutes); one without its required
//     security_group_id or network_acl_id is invalid configuration and is
//     no rule at all. A rule resource whose direction is
//     unknown marks both directions of its group Incomplete, or, when
//     unattached, stands as an unknown rule in each direction.
//   - Traffic mirroring (mirror.go): a target or session names its network
//     interface by an aws_network_interface's id or an aws_instance's
//     primary_network_interface_id, and a Network Load Balancer by its arn;
//     filter rules whose filter or direction does not resolve make filters
//     Incomplete as unattached NACL rules do.
//   - Effective tags merge the provider configuration's default_tags with
//     the resource's tags, the resource winning.
//
// Objects are ordered by file, line and address (numeric keys in numeric
// order); SG rules by source position; NACL rules by direction, number and
// source position.
package build
