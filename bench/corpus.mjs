// A deterministic generator of realistic Terraform configuration, for the parser benchmark.
// Each file mixes what real modules contain: variables with validation, locals with for
// expressions and conditionals, resources with nested and dynamic blocks, heredocs, templates,
// function calls, outputs and comments.

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ["aws_instance", "aws_s3_bucket", "google_compute_instance", "azurerm_linux_virtual_machine", "terraform_data", "null_resource"];

function resource(r, i) {
  const type = TYPES[Math.floor(r() * TYPES.length)];
  return `# Resource ${i}: generated for the parser benchmark.
resource "${type}" "r${i}" {
  count         = var.enabled ? length(local.zones) : 0
  name          = "\${local.prefix}-r${i}-\${count.index}"
  instance_type = lookup(var.sizes, "r${i}", "t3.micro")
  ami           = data.aws_ami.ubuntu.id
  cidr          = cidrsubnet(var.vpc_cidr, 8, ${i % 200})
  tags = merge(local.common_tags, {
    Name  = format("r${i}-%03d", count.index)
    Index = count.index * ${(i % 7) + 1} + 1
  })

  user_data = <<-EOT
    #!/bin/bash
    echo "hello from r${i}" > /tmp/hello
    %{ for z in local.zones ~}
    echo \${z}
    %{ endfor ~}
  EOT

  dynamic "ebs_block_device" {
    for_each = { for k, v in var.disks : k => v if v.size > ${i % 50} }
    content {
      device_name = ebs_block_device.key
      volume_size = ebs_block_device.value.size
      encrypted   = true
    }
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags["LastSeen"], user_data]
  }

  depends_on = [terraform_data.base]
}
`;
}

function module(r, i) {
  return `variable "v${i}" {
  type = object({
    name    = string
    size    = optional(number, ${i})
    enabled = optional(bool, true)
    tags    = map(string)
  })
  default = null
  validation {
    condition     = var.v${i} == null || can(regex("^[a-z]+$", var.v${i}.name))
    error_message = "The name must be lowercase letters only."
  }
}

locals {
  l${i}_names = [for s in var.subnets : upper(s.name) if s.public]
  l${i}_map   = { for idx, s in var.subnets : s.name => { index = idx, cidr = s.cidr }... }
  l${i}_sum   = sum([for n in range(${(i % 10) + 1}) : n * 2.5e1])
  l${i}_flag  = !var.enabled && (var.count > ${i} || var.count <= -1) ? "yes" : "no"
  l${i}_splat = aws_instance.r${i}[*].id
  l${i}_attrs = aws_instance.r${i}.*.private_ip
  l${i}_json  = jsonencode({ a = [1, 2, 3], b = "x\\ty", c = null })
}

output "o${i}" {
  description = "Output ${i}"
  value       = try(local.l${i}_map["x"][0].cidr, null)
  sensitive   = ${r() < 0.5 ? "true" : "false"}
}
`;
}

/** Generates files totalling at least `targetBytes` of configuration. */
export function generateCorpus(targetBytes, seed = 42) {
  const r = rng(seed);
  const files = [];
  let total = 0;
  let i = 0;
  while (total < targetBytes) {
    let text = "";
    for (let k = 0; k < 10; k++, i++) text += (k % 3 === 2 ? module(r, i) : resource(r, i)) + "\n";
    files.push({ name: `gen${files.length}.tf`, text });
    total += Buffer.byteLength(text);
  }
  return files;
}
