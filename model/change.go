package model

// Change is one entry of a plan's resource_changes: what Terraform will do
// to one resource instance. Only plans have changes.
type Change struct {
	// Location is where findings about the change point: the resource's
	// block in the configuration beside the plan when there is one (the
	// lines a reviewer sees in the diff), else the change's object in the
	// plan file (always so for a resource the configuration no longer has).
	// Its Address is the instance address.
	Location
	// Type is the resource type, e.g. "aws_security_group".
	Type string
	// PreviousAddress is the address the instance had before a `moved`
	// block, "" when it did not move.
	PreviousAddress string
	// Deposed is the key of a deposed object (left over from an
	// interrupted create_before_destroy replacement), "" for the current
	// object.
	Deposed string
	// Action is what Terraform will do.
	Action ChangeAction
	// Reason is Terraform's action_reason ("replace_because_cannot_update",
	// "delete_because_no_resource_config", …), "" when it gives none.
	Reason string
}

// ChangeAction is the kind of a planned change.
type ChangeAction int

// The actions of resource_changes[].change.actions.
const (
	// ChangeUnknown is an action list vpclint does not know.
	ChangeUnknown ChangeAction = iota
	ChangeNoOp
	ChangeCreate
	ChangeRead
	ChangeUpdate
	ChangeDelete
	// ChangeReplace is ["delete", "create"]: destroy the object, then
	// create its replacement (Terraform's default).
	ChangeReplace
	// ChangeCreateBeforeDestroy is ["create", "delete"]: create the
	// replacement, then destroy the old object (lifecycle
	// create_before_destroy).
	ChangeCreateBeforeDestroy
	// ChangeForget is ["forget"]: removed from the state, not destroyed.
	ChangeForget
)

// String returns the action as Terraform's plan output words it.
func (a ChangeAction) String() string {
	switch a {
	case ChangeNoOp:
		return "no-op"
	case ChangeCreate:
		return "create"
	case ChangeRead:
		return "read"
	case ChangeUpdate:
		return "update"
	case ChangeDelete:
		return "delete"
	case ChangeReplace:
		return "delete, then create"
	case ChangeCreateBeforeDestroy:
		return "create, then delete"
	case ChangeForget:
		return "forget"
	}
	return "unknown"
}

// Deletes reports whether the action destroys the existing object: a
// delete or either kind of replacement.
func (a ChangeAction) Deletes() bool {
	return a == ChangeDelete || a == ChangeReplace || a == ChangeCreateBeforeDestroy
}

// Change returns the planned change of the current object at address
// (deposed objects excluded), or nil when the network has none: source,
// a state file, or a plan that does not list the instance. In a network
// merged from several plans that share addresses it returns the first
// plan's; rules comparing before and after walk Plans instead.
func (n *Network) Change(address string) *Change {
	for i := range n.Changes {
		if c := &n.Changes[i]; c.Address == address && c.Deposed == "" {
			return c
		}
	}
	return nil
}
