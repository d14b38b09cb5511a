package build

import (
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// dxKinds maps the Direct Connect virtual interface resource types the model
// holds to their kind.
var dxKinds = map[string]string{
	"aws_dx_private_virtual_interface": model.DXPrivate,
	"aws_dx_transit_virtual_interface": model.DXTransit,
}

// dxDefaultMTU is the mtu the provider uses when the argument is unset.
const dxDefaultMTU = 1500

// dxVirtualInterface adds a private or transit Direct Connect virtual
// interface (semantics §6) with its mtu and tags; it links to nothing.
func (b *builder) dxVirtualInterface(in *resource.Instance, res model.Resource) {
	f := instanceFields(in)
	v := &model.DXVirtualInterface{Resource: res, Kind: dxKinds[in.Type], Tags: tags(in)}
	if mtu := f.get("mtu"); isNull(mtu) {
		v.MTU = model.Int{Value: dxDefaultMTU, Known: true}
	} else {
		v.MTU.Value, v.MTU.Known = asInt(mtu)
	}
	b.net.DXVirtualInterfaces = append(b.net.DXVirtualInterfaces, v)
}
