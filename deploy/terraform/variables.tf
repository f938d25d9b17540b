variable "hcloud_token" {
  description = "Hetzner Cloud API token (read and write), from the project's Security page."
  type        = string
  sensitive   = true
}

variable "name" {
  description = "Name of the server, its firewall and its SSH key in Hetzner Cloud; also its name in the Ansible inventory."
  type        = string
  default     = "relata"
}

variable "server_type" {
  description = "Hetzner server type; 2 vCPU and 4 GB serve a team of dozens. `hcloud server-type list` shows the current ones."
  type        = string
  default     = "cx23"
}

variable "location" {
  description = "Hetzner location, for example nbg1, fsn1, hel1 or ash."
  type        = string
  default     = "nbg1"
}

variable "image" {
  description = "Operating system image: debian-12 or debian-13."
  type        = string
  default     = "debian-12"
}

variable "ssh_public_key_path" {
  description = "Public key allowed to log in as root; Ansible connects with the matching private key."
  type        = string
  default     = "~/.ssh/id_ed25519.pub"
}

variable "ssh_source_ips" {
  description = "Addresses allowed to reach SSH. Narrow this to your own address where you can."
  type        = list(string)
  default     = ["0.0.0.0/0", "::/0"]
}

variable "domain" {
  description = "Public name for HTTPS (its DNS record must point at the server's address). Empty: plain HTTP on port 8080."
  type        = string
  default     = ""
}

variable "acme_email" {
  description = "Address for certificate expiry notices (optional)."
  type        = string
  default     = ""
}
