package model

import "testing"

func TestChangeAction(t *testing.T) {
	tests := []struct {
		action  ChangeAction
		text    string
		deletes bool
	}{
		{ChangeUnknown, "unknown", false},
		{ChangeNoOp, "no-op", false},
		{ChangeCreate, "create", false},
		{ChangeRead, "read", false},
		{ChangeUpdate, "update", false},
		{ChangeDelete, "delete", true},
		{ChangeReplace, "delete, then create", true},
		{ChangeCreateBeforeDestroy, "create, then delete", true},
		{ChangeForget, "forget", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := tc.action.String(); got != tc.text {
				t.Errorf("String() = %q, want %q", got, tc.text)
			}
			if got := tc.action.Deletes(); got != tc.deletes {
				t.Errorf("Deletes() = %v, want %v", got, tc.deletes)
			}
		})
	}
}

func TestNetworkChange(t *testing.T) {
	n := &Network{Changes: []Change{
		{Location: Location{Address: "aws_security_group.a"}, Deposed: "00000001", Action: ChangeDelete},
		{Location: Location{Address: "aws_security_group.a"}, Action: ChangeCreateBeforeDestroy},
		{Location: Location{Address: "aws_subnet.b"}, Action: ChangeNoOp},
	}}
	tests := []struct {
		address string
		want    *Change
	}{
		{"aws_security_group.a", &n.Changes[1]}, // the current object, not the deposed one
		{"aws_subnet.b", &n.Changes[2]},
		{"aws_vpc.c", nil},
	}
	for _, tc := range tests {
		t.Run(tc.address, func(t *testing.T) {
			if got := n.Change(tc.address); got != tc.want {
				t.Errorf("Change(%q) = %v, want %v", tc.address, got, tc.want)
			}
		})
	}
	if got := (&Network{}).Change("aws_vpc.c"); got != nil {
		t.Errorf("Change on a network without changes = %v, want nil", got)
	}
}
