# One Debian server for Relata with a cloud firewall in front of it. The server's own
# firewall (nftables, set up by Ansible) opens the same ports: two layers, one policy.

locals {
  anywhere = ["0.0.0.0/0", "::/0"]
  # Caddy takes 80 and 443 when there is a domain; otherwise Relata's own port is public.
  public_tcp_ports = var.domain == "" ? ["8080"] : ["80", "443"]
}

resource "hcloud_ssh_key" "admin" {
  name       = "${var.name}-admin"
  public_key = file(pathexpand(var.ssh_public_key_path))
}

resource "hcloud_firewall" "relata" {
  name = "${var.name}-firewall"

  rule {
    direction  = "in"
    protocol   = "icmp"
    source_ips = local.anywhere
  }

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = var.ssh_source_ips
  }

  dynamic "rule" {
    for_each = local.public_tcp_ports
    content {
      direction  = "in"
      protocol   = "tcp"
      port       = rule.value
      source_ips = local.anywhere
    }
  }

  # HTTP/3 (QUIC), which Caddy offers beside HTTPS over TCP.
  dynamic "rule" {
    for_each = var.domain == "" ? [] : ["443"]
    content {
      direction  = "in"
      protocol   = "udp"
      port       = rule.value
      source_ips = local.anywhere
    }
  }
}

resource "hcloud_server" "relata" {
  name         = var.name
  server_type  = var.server_type
  image        = var.image
  location     = var.location
  ssh_keys     = [hcloud_ssh_key.admin.id]
  firewall_ids = [hcloud_firewall.relata.id]
  labels = {
    app = "relata"
  }

  public_net {
    ipv4_enabled = true
    ipv6_enabled = true
  }
}
