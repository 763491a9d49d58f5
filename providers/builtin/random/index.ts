// The built-in hashicorp/random provider, as version 3.7 of the real one behaves: the same resource
// types, schemas (and schema versions, so that its state files read here and back), defaults, plan
// modifiers, validation messages, import formats and state upgraders, written with the plugin
// framework's planning rules. Seeded results (random_integer, random_shuffle) reproduce Go's math/rand.

import type { Provider } from "../../provider.js";
import { BuiltinProvider } from "../kit/index.js";
import { randomBytesResource } from "./resource-bytes.js";
import { randomIdResource } from "./resource-id.js";
import { randomIntegerResource } from "./resource-integer.js";
import { randomPasswordResource } from "./resource-password.js";
import { randomPetResource } from "./resource-pet.js";
import { randomShuffleResource } from "./resource-shuffle.js";
import { randomStringResource } from "./resource-string.js";
import { randomUuidResource } from "./resource-uuid.js";

/** A fresh instance of the built-in hashicorp/random provider. */
export function randomProvider(): Provider {
  return new BuiltinProvider({
    resources: {
      random_bytes: randomBytesResource(),
      random_id: randomIdResource(),
      random_integer: randomIntegerResource(),
      random_password: randomPasswordResource(),
      random_pet: randomPetResource(),
      random_shuffle: randomShuffleResource(),
      random_string: randomStringResource(),
      random_uuid: randomUuidResource(),
    },
  });
}

export { GoRand, newSeededRand } from "./go-rand.js";
export { generatePetName } from "./resource-pet.js";
