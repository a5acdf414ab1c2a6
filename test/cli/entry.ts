// Launches the command from source for tests that need a real process (pipes, exit codes).
import { main } from "../../src/cli/main";

void main(process.argv);
