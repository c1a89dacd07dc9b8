aws cloudformation delete-stack --stack-name GfarmWsDemo

rm -f MdsDnsName
