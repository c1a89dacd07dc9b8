aws cloudformation update-stack --stack-name serratus-batch-assembly --template-body file://template/template.yaml --capabilities CAPABILITY_NAMED_IAM

