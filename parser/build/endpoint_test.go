package build

import (
	"net/netip"
	"testing"

	"github.com/vpclint/vpclint/model"
)

func TestEndpoints(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16"), "default_security_group_id": ref("aws_vpc.v", "default_security_group_id")})
	fx.res("aws_subnet.a", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.1.0/24"), "map_public_ip_on_launch": bl(true)})
	fx.res("aws_subnet.b", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.2.0/24")})
	fx.res("aws_security_group.app", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_default_security_group.d", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_instance.app", vals{"subnet_id": ref("aws_subnet.a"), "private_ip": str("10.0.1.5"),
		"vpc_security_group_ids": strs(ref("aws_security_group.app").AsString())})
	fx.res("aws_instance.bare", vals{"subnet_id": ref("aws_subnet.b"), "associate_public_ip_address": bl(false)})
	fx.res("aws_instance.shared", vals{"subnet_id": ref("aws_subnet.a"), "vpc_security_group_ids": strs(ref("data.aws_security_group.s").AsString())})
	fx.res("aws_eip.bare", vals{"instance": ref("aws_instance.bare")})
	fx.res("aws_lb.nlb", vals{"load_balancer_type": str("network"), "internal": bl(true),
		"subnets": strs(ref("aws_subnet.a").AsString(), ref("aws_subnet.b").AsString(), ref("aws_subnet.a").AsString())})
	fx.res("aws_lb.alb", vals{}, block("subnet_mapping", vals{"subnet_id": ref("aws_subnet.b")}))
	fx.res("aws_db_subnet_group.g", vals{"name": str("dbs"), "subnet_ids": strs(ref("aws_subnet.a").AsString(), ref("aws_subnet.b").AsString())})
	fx.res("aws_db_instance.by_name", vals{"db_subnet_group_name": str("dbs"), "vpc_security_group_ids": strs(ref("aws_security_group.app").AsString())})
	fx.res("aws_db_instance.missing_group", vals{"db_subnet_group_name": str("elsewhere")})
	fx.res("aws_redshift_subnet_group.r", vals{"subnet_ids": strs(ref("aws_subnet.b").AsString())})
	fx.res("aws_redshift_cluster.by_ref", vals{"cluster_subnet_group_name": ref("aws_redshift_subnet_group.r")})
	fx.res("aws_lambda_function.f", vals{}, block("vpc_config", vals{"subnet_ids": unknown, "security_group_ids": strs(ref("aws_security_group.app").AsString())}))
	fx.res("aws_vpc_endpoint.s3", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_vpc_endpoint.api", vals{"vpc_endpoint_type": str("Interface"), "subnet_ids": strs(ref("aws_subnet.a").AsString())})
	n := fx.build()
	wantNoProblems(t, n)

	eps := map[string]*model.Endpoint{}
	for _, e := range n.Endpoints {
		eps[e.Address] = e
	}
	if eps["aws_vpc_endpoint.s3"] != nil {
		t.Error("a gateway VPC endpoint is no endpoint")
	}
	a, b := n.Subnets[0], n.Subnets[1]
	app, def := n.SecurityGroups[0], n.SecurityGroups[1]
	for _, tc := range []struct {
		addr         string
		subnets      []*model.Subnet
		subnetsKnown bool
		groups       []*model.SecurityGroup
		groupsKnown  bool
		public       model.Bool
	}{
		{"aws_instance.app", []*model.Subnet{a}, true, []*model.SecurityGroup{app}, true, model.Bool{Value: true, Known: true}},
		{"aws_instance.bare", []*model.Subnet{b}, true, []*model.SecurityGroup{def}, true, model.Bool{Value: true, Known: true}}, // the Elastic IP
		{"aws_instance.shared", []*model.Subnet{a}, true, nil, false, model.Bool{Value: true, Known: true}},
		{"aws_lb.nlb", []*model.Subnet{a, b}, true, nil, true, model.Bool{Known: true}},
		{"aws_lb.alb", []*model.Subnet{b}, true, []*model.SecurityGroup{def}, true, model.Bool{Value: true, Known: true}},
		{"aws_db_instance.by_name", []*model.Subnet{a, b}, true, []*model.SecurityGroup{app}, true, model.Bool{}},
		{"aws_db_instance.missing_group", nil, false, nil, false, model.Bool{}},
		{"aws_redshift_cluster.by_ref", []*model.Subnet{b}, true, []*model.SecurityGroup{def}, true, model.Bool{}},
		{"aws_lambda_function.f", nil, false, []*model.SecurityGroup{app}, true, model.Bool{}},
		{"aws_vpc_endpoint.api", []*model.Subnet{a}, true, []*model.SecurityGroup{def}, true, model.Bool{}},
	} {
		t.Run(tc.addr, func(t *testing.T) {
			e := eps[tc.addr]
			if e == nil {
				t.Fatal("no endpoint")
			}
			if !sameItems(e.Subnets, tc.subnets) || e.SubnetsKnown != tc.subnetsKnown {
				t.Errorf("subnets %v known %v, want %v known %v", addrs(e.Subnets), e.SubnetsKnown, addrs(tc.subnets), tc.subnetsKnown)
			}
			if !sameItems(e.SecurityGroups, tc.groups) || e.GroupsKnown != tc.groupsKnown {
				t.Errorf("groups %v known %v, want %v known %v", addrs(e.SecurityGroups), e.GroupsKnown, addrs(tc.groups), tc.groupsKnown)
			}
			if e.PublicIP != tc.public {
				t.Errorf("public IP %+v, want %+v", e.PublicIP, tc.public)
			}
		})
	}
	if ip := eps["aws_instance.app"].PrivateIP; ip != netip.MustParseAddr("10.0.1.5") {
		t.Errorf("private IP %v", ip)
	}
}

// sameItems reports whether x and y hold the same items in the same order.
func sameItems[T comparable](x, y []T) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

// addrs returns the addresses of located model objects.
func addrs[T model.Locatable](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.Loc().Address
	}
	return out
}

func TestSubnetDefaultsUnmanaged(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpc.w", vals{"cidr_block": str("10.1.0.0/16")})
	fx.res("aws_subnet.plain", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.1.0/24")})
	fx.res("aws_subnet.unknown_assoc", vals{"vpc_id": ref("aws_vpc.w"), "cidr_block": str("10.1.1.0/24")})
	fx.res("aws_route_table_association.x", vals{"subnet_id": unknown, "route_table_id": ref("aws_route_table.w")})
	fx.res("aws_route_table.w", vals{"vpc_id": ref("aws_vpc.w")})
	fx.res("aws_network_acl_association.x", vals{"subnet_id": ref("aws_subnet.unknown_assoc"), "network_acl_id": ref("data.aws_network_acl.x")})
	n := fx.build()
	plain, other := n.Subnets[0], n.Subnets[1]
	if !plain.MainRouteTableUnmanaged || !plain.DefaultNACLUnmanaged {
		t.Errorf("plain subnet: main table unmanaged %v, default ACL unmanaged %v", plain.MainRouteTableUnmanaged, plain.DefaultNACLUnmanaged)
	}
	if other.MainRouteTableUnmanaged || other.DefaultNACLUnmanaged {
		t.Errorf("subnet with uncertain associations: main table unmanaged %v, default ACL unmanaged %v", other.MainRouteTableUnmanaged, other.DefaultNACLUnmanaged)
	}
}
