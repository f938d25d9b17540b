output "ipv4_address" {
  description = "The server's public IPv4 address: point the domain's A record here."
  value       = hcloud_server.relata.ipv4_address
}

output "ipv6_address" {
  description = "The server's public IPv6 address: point the domain's AAAA record here."
  value       = hcloud_server.relata.ipv6_address
}

output "next_step" {
  description = "What to run once the server is up."
  value       = "cd ../ansible && ansible-playbook -i inventory/terraform.yml site.yml"
}
