# Hands the new server to Ansible: writes deploy/ansible/inventory/terraform.yml, which
# `ansible-playbook -i inventory/terraform.yml site.yml` reads. The file is ignored by git.
resource "local_file" "ansible_inventory" {
  filename        = "${path.module}/../ansible/inventory/terraform.yml"
  file_permission = "0644"
  content = yamlencode({
    relata = {
      hosts = {
        (var.name) = {
          ansible_host      = hcloud_server.relata.ipv4_address
          ansible_user      = "root"
          relata_domain     = var.domain
          relata_acme_email = var.acme_email
        }
      }
    }
  })
}
