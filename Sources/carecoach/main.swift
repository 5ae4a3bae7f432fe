import DefaultScripts

print(DefaultScripts.files.keys.sorted())
