package gen

import (
	"bytes"
	"fmt"
	"net/netip"
)

// peeringMesh is the data of a generated peering mesh.
type peeringMesh struct {
	VPCs     []meshVPC
	Peerings []meshPeering
	Tables   []meshTable
	// ZoneVPCs are the VPCs a private hosted zone is associated with.
	ZoneVPCs []string
}

// meshVPC is one VPC of a mesh.
type meshVPC struct {
	Name, CIDR string
}

// meshPeering is one peering connection; RequesterDNS and AccepterDNS are
// the allow_remote_vpc_dns_resolution options.
type meshPeering struct {
	Name, Requester, Accepter string
	RequesterDNS, AccepterDNS bool
}

// meshTable is the route table of one VPC.
type meshTable struct {
	VPC    string
	Routes []meshRoute
}

// meshRoute is a route to a peer VPC's block through a peering.
type meshRoute struct {
	CIDR, Peering string
}

// meshBlock returns the i-th /20 from 10.1.0.0.
func meshBlock(i int) string {
	a := netip.MustParseAddr("10.1.0.0").As4()
	v := (uint32(a[0])<<24 | uint32(a[1])<<16) + uint32(i)<<12
	return netip.PrefixFrom(netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), 20).String()
}

// WorstCasePeeringHub returns the main.tf of a root module with a hub VPC
// peered with each of spokes spoke VPCs (spokes at least 4): a route in
// the hub's table per spoke and one back in each spoke's table, DNS
// hostnames on everywhere, and a private hosted zone associated with the
// hub and every other spoke. AWS allows a VPC at most 125 active peerings,
// so a real hub has at most 125 spokes; more is an upper bound. Some
// spokes carry mistakes: one overlaps the hub (peering-cidr-overlap), one
// has no route back (peering-route-missing), every 50th peering leaves the
// requester's DNS option off (peering-dns-resolution), and the zone misses
// half of the spokes (peering-dns-resolution). The same spokes give the
// same bytes.
func WorstCasePeeringHub(spokes int) ([]byte, error) {
	if spokes < 4 {
		return nil, fmt.Errorf("gen: WorstCasePeeringHub needs at least 4 spokes, not %d", spokes)
	}
	m := peeringMesh{VPCs: []meshVPC{{Name: "hub", CIDR: "10.0.0.0/16"}}, ZoneVPCs: []string{"hub"}}
	hub := meshTable{VPC: "hub"}
	for i := range spokes {
		s := meshVPC{Name: fmt.Sprintf("s%03d", i), CIDR: meshBlock(i)}
		if i == spokes-2 {
			s.CIDR = "10.0.240.0/20" // inside the hub's block
		}
		p := meshPeering{Name: "hub_" + s.Name, Requester: "hub", Accepter: s.Name, RequesterDNS: i%50 != 0, AccepterDNS: true}
		m.VPCs, m.Peerings = append(m.VPCs, s), append(m.Peerings, p)
		hub.Routes = append(hub.Routes, meshRoute{CIDR: s.CIDR, Peering: p.Name})
		if i != spokes-1 {
			m.Tables = append(m.Tables, meshTable{VPC: s.Name, Routes: []meshRoute{{CIDR: "10.0.0.0/16", Peering: p.Name}}})
		}
		if i%2 == 0 {
			m.ZoneVPCs = append(m.ZoneVPCs, s.Name)
		}
	}
	m.Tables = append([]meshTable{hub}, m.Tables...)
	return renderMesh(m)
}

// WorstCasePeeringMesh returns the main.tf of a root module with n VPCs
// (n at least 4) peered with each other, n(n-1)/2 peerings: each VPC's
// route table has a route to every other VPC. AWS allows a VPC at most
// 125 active peerings, so 126 is the largest full mesh. As in
// WorstCasePeeringHub, DNS hostnames are on, a private hosted zone is
// associated with every other VPC, and a few VPCs carry mistakes: the
// second to last overlaps the third to last, the last has no route back
// to the first, and the first peering leaves the requester's DNS option
// off. The same n gives the same bytes.
func WorstCasePeeringMesh(n int) ([]byte, error) {
	if n < 4 {
		return nil, fmt.Errorf("gen: WorstCasePeeringMesh needs at least 4 VPCs, not %d", n)
	}
	var m peeringMesh
	for i := range n {
		v := meshVPC{Name: fmt.Sprintf("v%03d", i), CIDR: meshBlock(i)}
		if i == n-2 {
			v.CIDR = meshBlock(n - 3)
		}
		m.VPCs = append(m.VPCs, v)
		m.Tables = append(m.Tables, meshTable{VPC: v.Name})
		if i%2 == 0 {
			m.ZoneVPCs = append(m.ZoneVPCs, v.Name)
		}
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			a, b := m.VPCs[i], m.VPCs[j]
			p := meshPeering{Name: a.Name + "_" + b.Name, Requester: a.Name, Accepter: b.Name, RequesterDNS: i+j != 1, AccepterDNS: true}
			m.Peerings = append(m.Peerings, p)
			m.Tables[i].Routes = append(m.Tables[i].Routes, meshRoute{CIDR: b.CIDR, Peering: p.Name})
			if i != 0 || j != n-1 {
				m.Tables[j].Routes = append(m.Tables[j].Routes, meshRoute{CIDR: a.CIDR, Peering: p.Name})
			}
		}
	}
	return renderMesh(m)
}

// renderMesh renders a peering mesh.
func renderMesh(m peeringMesh) ([]byte, error) {
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "worst-case-peering.tf.tmpl", m); err != nil {
		return nil, fmt.Errorf("gen: rendering the peering mesh: %w", err)
	}
	return buf.Bytes(), nil
}
