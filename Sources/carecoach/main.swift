import Console
import DefaultScripts
import Dialogue

print(DefaultScripts.files.keys.sorted())
