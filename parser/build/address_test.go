package build

import "testing"

func TestNaturalLess(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"aws_vpc.a[2]", "aws_vpc.a[10]", true},
		{"aws_vpc.a[10]", "aws_vpc.a[2]", false},
		{"aws_vpc.a[02]", "aws_vpc.a[2]", false},
		{"aws_vpc.a[2]", "aws_vpc.a[02]", true},
		{"aws_vpc.a", "aws_vpc.a[0]", true},
		{`aws_vpc.a["b"]`, `aws_vpc.a["a"]`, false},
		{"aws_vpc.a", "aws_vpc.a", false},
	}
	for _, tc := range tests {
		t.Run(tc.a+"<"+tc.b, func(t *testing.T) {
			if got := naturalLess(tc.a, tc.b); got != tc.want {
				t.Errorf("naturalLess(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestStripIndexesAndAddressType(t *testing.T) {
	tests := []struct {
		addr, stripped, typ string
	}{
		{"aws_vpc.a", "aws_vpc.a", "aws_vpc"},
		{"aws_vpc.a[0]", "aws_vpc.a", "aws_vpc"},
		{`module.net["x.y"].aws_subnet.b["k]\"z"]`, "module.net.aws_subnet.b", "aws_subnet"},
		{"module.a[0].module.b.data.aws_internet_gateway.g", "module.a.module.b.data.aws_internet_gateway.g", "aws_internet_gateway"},
		{"garbage", "garbage", ""},
		{"", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			if got := stripIndexes(tc.addr); got != tc.stripped {
				t.Errorf("stripIndexes = %q, want %q", got, tc.stripped)
			}
			if got := addressType(tc.addr); got != tc.typ {
				t.Errorf("addressType = %q, want %q", got, tc.typ)
			}
		})
	}
}
