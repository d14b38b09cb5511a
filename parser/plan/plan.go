package plan

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	tfjson "github.com/hashicorp/terraform-json"

	"github.com/vpclint/vpclint/parser/resource"
)

// Plan is what a plan or state JSON file says about the network.
type Plan struct {
	// Instances are the resource instances as they will be after apply:
	// the plan's planned values (a state file's values), managed and data.
	// Instances being destroyed are not among them.
	Instances []*resource.Instance
	// Before are the instances of the plan's prior state, nil when the
	// plan has none (and for a state file).
	Before []*resource.Instance
	// Changes are the plan's resource changes, in file order; nil for a
	// state file.
	Changes []Change
}

// Change is one entry of the plan's resource_changes: what Terraform will
// do to one resource instance (or deposed object).
type Change struct {
	// Address is the instance address; PreviousAddress the address it had
	// before a `moved` block, or "".
	Address         string
	PreviousAddress string
	// Module is the module instance address, "" for the root module.
	Module string
	// Mode is "managed" or "data"; Type and Name as in the address.
	Mode string
	Type string
	Name string
	// Deposed is the deposed object key, "" for the current object.
	Deposed string
	// Action is what Terraform will do.
	Action Action
	// Reason is Terraform's action_reason ("replace_because_cannot_update",
	// "delete_because_no_resource_config", …), "" when it gives none.
	Reason string
	// DefRange is the change's object in the plan file, from its opening
	// brace to its address; Range is the whole object.
	DefRange hcl.Range
	Range    hcl.Range
}

// Action is the kind of a planned change.
type Action int

// The actions of resource_changes[].change.actions.
const (
	// Unknown is an action list vpclint does not know.
	Unknown Action = iota
	NoOp
	Create
	Read
	Update
	Delete
	// Replace is ["delete", "create"]: destroy, then create.
	Replace
	// CreateBeforeDestroy is ["create", "delete"]: create the replacement,
	// then destroy the old object (lifecycle create_before_destroy).
	CreateBeforeDestroy
	// Forget is ["forget"]: removed from the state without destroying.
	Forget
)

// String returns the action as Terraform's plan output words it.
func (a Action) String() string {
	switch a {
	case NoOp:
		return "no-op"
	case Create:
		return "create"
	case Read:
		return "read"
	case Update:
		return "update"
	case Delete:
		return "delete"
	case Replace:
		return "delete, then create"
	case CreateBeforeDestroy:
		return "create, then delete"
	case Forget:
		return "forget"
	}
	return "unknown"
}

// Deletes reports whether the action destroys the existing object.
func (a Action) Deletes() bool { return a == Delete || a == Replace || a == CreateBeforeDestroy }

// actionOf classifies a plan's action list.
func actionOf(a tfjson.Actions) Action {
	switch {
	case a.NoOp():
		return NoOp
	case a.Create():
		return Create
	case a.Read():
		return Read
	case a.Update():
		return Update
	case a.Delete():
		return Delete
	case a.DestroyBeforeCreate():
		return Replace
	case a.CreateBeforeDestroy():
		return CreateBeforeDestroy
	case a.Forget():
		return Forget
	}
	return Unknown
}

// errorf returns an error diagnostic about the file at rng.
func errorf(rng hcl.Range, summary, format string, args ...any) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  summary,
		Detail:   fmt.Sprintf(format, args...),
		Subject:  rng.Ptr(),
	}
}
