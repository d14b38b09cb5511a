package funcs

import (
	"fmt"
	"math/big"
	"net"
	"strconv"
	"strings"

	"github.com/apparentlymart/go-cidr/cidr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/gocty"
)

// The cidr* functions follow Terraform's own (internal/lang/funcs/cidr.go)
// rather than go-cty-funcs', which differ from Terraform 1.11 on IPv6
// netmasks, host and network numbers beyond 64 bits, extensions of more
// than 32 bits, and IPv4 octets with leading zeros (TestCIDRTerraformParity).

// parseCIDR parses a CIDR as Terraform does: like net.ParseCIDR, but
// accepting IPv4 octets with leading zeros (as Go before 1.17 did, read as
// decimal), which Terraform's ipaddr package keeps for compatibility.
func parseCIDR(s string) (*net.IPNet, error) {
	addr, bits, ok := strings.Cut(s, "/")
	if ok && strings.Count(addr, ".") == 3 && !strings.Contains(addr, ":") {
		octets := strings.Split(addr, ".")
		for i, o := range octets {
			n, err := strconv.ParseUint(o, 10, 8)
			if err != nil {
				return nil, fmt.Errorf("invalid CIDR expression: invalid CIDR address: %s", s)
			}
			octets[i] = strconv.FormatUint(n, 10)
		}
		s = strings.Join(octets, ".") + "/" + bits
	}
	_, network, err := net.ParseCIDR(s)
	if err != nil {
		return nil, fmt.Errorf("invalid CIDR expression: %w", err)
	}
	return network, nil
}

// bigArg converts a number argument to a big integer.
func bigArg(v cty.Value) (*big.Int, error) {
	var n big.Int
	if err := gocty.FromCtyValue(v, &n); err != nil {
		return nil, err
	}
	return &n, nil
}

var cidrHostFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}, {Name: "hostnum", Type: cty.Number}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		hostNum, err := bigArg(args[1])
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		ip, err := cidr.HostBig(network, hostNum)
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		return cty.StringVal(ip.String()), nil
	},
})

var cidrNetmaskFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		if network.IP.To4() == nil {
			return cty.UnknownVal(cty.String), fmt.Errorf("IPv6 addresses cannot have a netmask: %s", args[0].AsString())
		}
		return cty.StringVal(net.IP(network.Mask).String()), nil
	},
})

var cidrSubnetFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "prefix", Type: cty.String}, {Name: "newbits", Type: cty.Number}, {Name: "netnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		var newbits int
		if err := gocty.FromCtyValue(args[1], &newbits); err != nil {
			return cty.UnknownVal(cty.String), err
		}
		netnum, err := bigArg(args[2])
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		subnet, err := cidr.SubnetBig(network, newbits, netnum)
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		return cty.StringVal(subnet.String()), nil
	},
})

var cidrSubnetsFunc = function.New(&function.Spec{
	Params:   []function.Parameter{{Name: "prefix", Type: cty.String}},
	VarParam: &function.Parameter{Name: "newbits", Type: cty.Number},
	Type:     function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		network, err := parseCIDR(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.List(cty.String)), err
		}
		startLen, totalBits := network.Mask.Size()
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		out := make([]cty.Value, 0, len(args)-1)
		current, _ := cidr.PreviousSubnet(network, startLen)
		for _, arg := range args[1:] {
			var length int
			if err := gocty.FromCtyValue(arg, &length); err != nil {
				return cty.UnknownVal(cty.List(cty.String)), err
			}
			if length < 1 {
				return cty.UnknownVal(cty.List(cty.String)), fmt.Errorf("must extend prefix by at least one bit")
			}
			if length > 32 {
				return cty.UnknownVal(cty.List(cty.String)), fmt.Errorf("may not extend prefix by more than 32 bits")
			}
			length += startLen
			if length > totalBits {
				return cty.UnknownVal(cty.List(cty.String)), fmt.Errorf("would extend prefix to %d bits, which is too long for an IPv%d address", length, map[int]int{32: 4, 128: 6}[totalBits])
			}
			next, rollover := cidr.NextSubnet(current, length)
			if rollover || !network.Contains(next.IP) {
				return cty.UnknownVal(cty.List(cty.String)), fmt.Errorf("not enough remaining address space for a subnet with a prefix of %d bits after %s", length, current)
			}
			current = next
			out = append(out, cty.StringVal(current.String()))
		}
		return cty.ListVal(out), nil
	},
})
