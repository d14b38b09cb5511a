package rules_test

import (
	"reflect"
	"testing"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/rules"
)

// TestNetworkUntaggedCoversModel puts one untagged object of every model
// type that has Tags into a network and expects a finding for each, so a
// type added to the model later cannot be forgotten by network-untagged.
func TestNetworkUntaggedCoversModel(t *testing.T) {
	var net model.Network
	nv := reflect.ValueOf(&net).Elem()
	tagsType := reflect.TypeFor[model.Tags]()
	want := map[string]bool{}
	for i := range nv.NumField() {
		f := nv.Type().Field(i)
		if f.Type.Kind() != reflect.Slice || f.Type.Elem().Kind() != reflect.Pointer {
			continue
		}
		elem := f.Type.Elem().Elem()
		if tf, ok := elem.FieldByName("Tags"); !ok || tf.Type != tagsType {
			continue
		}
		obj := reflect.New(elem)
		obj.Elem().FieldByName("Tags").Set(reflect.ValueOf(model.Tags{Known: true}))
		obj.Elem().FieldByName("Address").SetString(f.Name)
		nv.Field(i).Set(reflect.Append(nv.Field(i), obj))
		want[f.Name] = true
	}
	if len(want) < 8 {
		t.Fatalf("found only %d model types with Tags: %v", len(want), want)
	}
	on := true
	cfg := lint.Config{Rules: map[string]lint.RuleConfig{rules.NetworkUntagged.ID: {Enabled: &on}}}
	findings, err := lint.Run([]*lint.Rule{rules.NetworkUntagged}, &net, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range findings {
		delete(want, f.Resource)
	}
	for name := range want {
		t.Errorf("network-untagged does not check Network.%s", name)
	}
}
