package model

// Int is an integer attribute that may be unknown.
type Int struct {
	Value int
	Known bool
}

// DX virtual interface kinds (DXVirtualInterface.Kind).
const (
	DXPrivate = "private"
	DXTransit = "transit"
)

// DXVirtualInterface is an aws_dx_private_virtual_interface or an
// aws_dx_transit_virtual_interface (semantics §6).
type DXVirtualInterface struct {
	Resource
	// Kind is DXPrivate or DXTransit.
	Kind string
	// MTU is the mtu argument; 1500 (the provider's default) when unset.
	MTU  Int
	Tags Tags
}
