// Package plan reads Terraform plan and state JSON (the output of
// `terraform show -json`) into the resource instances (parser/resource)
// that the model builder (parser/build) links, exactly as for .tf source.
// The format is docs/aws-network-semantics.md §7; terraform-json decodes
// it and checks format_version (0.x and 1.x are read, anything else is an
// error).
//
// What each instance holds:
//
//   - Values. A plan's instances are its planned values, taken from the
//     resource change's `after` (where `after_unknown` says what is known
//     only after apply) or, without a change, from planned_values. Objects
//     become cty objects, arrays tuples; nested blocks are attributes
//     holding lists of objects, which the builder reads like blocks. An
//     unknown value is cty.DynamicVal. Destroyed instances are left out;
//     data sources are kept with Mode "data".
//   - What the source would say. An attribute the configuration does not
//     set and whose value is unknown is left out, as it is absent in .tf
//     source (a group with no egress in the configuration has none, not an
//     unknown set). A security group's or network ACL's rules, a route
//     table's routes and an ACL's subnet_ids that the configuration does
//     not set are dropped when empty and kept on a created object (they
//     can only come from `dynamic` blocks, which the configuration
//     representation omits). On an existing object, and in a state, they
//     are AWS's: kept unless a separate resource (aws_security_group_rule,
//     aws_network_acl_rule, aws_route, aws_network_acl_association) names
//     the object or an unknown one, in which case they may hold copies of
//     its rules and are made unknown.
//   - Links. An identifier Terraform cannot know before apply (the vpc_id
//     of a subnet in a new VPC) is resolved through the configuration's
//     references, following module variables (module_calls inputs), module
//     outputs and each.value of a for_each over a resource, with count and
//     for_each keys: aws_vpc.main.id becomes resource.Ref("aws_vpc.main",
//     "id"), as the configuration evaluator produces. Known ids (an
//     existing resource's "sg-0123…") stay as they are; the builder links
//     them through the instances' own id attributes. See fill for when a
//     reference is trusted; anything doubtful (a local value, a data
//     source, several candidates) stays unknown, so rules abstain.
//   - Provider. The instance's provider configuration is found by the
//     resource's provider_config_key (walking up the module path for the
//     keys older Terraform wrote). When the planned tags_all is known the
//     instance gets its own copy whose DefaultTags is tags_all, the
//     provider's own merge of default_tags and tags, so the builder's
//     merge yields it again; otherwise DefaultTags is the configuration's
//     default_tags (unknown when it has references).
//   - Location. DefRange is the instance's object in the file (its
//     resource_changes entry, or its values object), from the opening
//     brace to its "address" member, so findings name the line of the
//     resource in plan.json; attribute ranges cover their member in
//     `after` or `values`. Lines and columns (Unicode code points) are
//     computed in one pass over the file.
//
// A file that is empty, not JSON (the error names the line and column),
// not a plan or state (configuration JSON is told apart), or of an
// unsupported format version gives an error diagnostic naming the file;
// Load never panics.
package plan
