package build

import (
	"testing"

	"github.com/vpclint/vpclint/model"
)

func TestDXVirtualInterfaces(t *testing.T) {
	tests := []struct {
		name string
		typ  string
		mtu  vals
		kind string
		want model.Int
	}{
		{"private jumbo", "aws_dx_private_virtual_interface", vals{"mtu": num(9001)}, model.DXPrivate, model.Int{Value: 9001, Known: true}},
		{"transit jumbo", "aws_dx_transit_virtual_interface", vals{"mtu": num(8500)}, model.DXTransit, model.Int{Value: 8500, Known: true}},
		{"unset is the default 1500", "aws_dx_private_virtual_interface", vals{}, model.DXPrivate, model.Int{Value: 1500, Known: true}},
		{"number as a string", "aws_dx_transit_virtual_interface", vals{"mtu": str("8500")}, model.DXTransit, model.Int{Value: 8500, Known: true}},
		{"unknown", "aws_dx_private_virtual_interface", vals{"mtu": unknown}, model.DXPrivate, model.Int{}},
		{"not a number", "aws_dx_private_virtual_interface", vals{"mtu": str("jumbo")}, model.DXPrivate, model.Int{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			fx.res(tc.typ+".v", tc.mtu)
			fx.res("aws_dx_public_virtual_interface.pub", vals{"mtu": num(9001)})
			n := fx.build()
			if len(n.DXVirtualInterfaces) != 1 {
				t.Fatalf("want one private or transit interface, got %d", len(n.DXVirtualInterfaces))
			}
			v := n.DXVirtualInterfaces[0]
			if v.Kind != tc.kind || v.MTU != tc.want || v.Address != tc.typ+".v" || !v.Tags.Known {
				t.Errorf("got kind %q mtu %+v address %s tags %+v; want %q %+v", v.Kind, v.MTU, v.Address, v.Tags, tc.kind, tc.want)
			}
		})
	}
}
