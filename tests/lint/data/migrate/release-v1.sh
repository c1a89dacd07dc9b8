#!/bin/bash
# A release script written for the AWS CLI v1. Each command that means something
# else to the AWS CLI v2 names the migrate rules it breaks after "expect:".
set -euo pipefail
REGION=us-east-1
BUCKET=my-release-bucket

aws sts get-caller-identity
aws ec2 describe-instances --filters Name=tag:Role,Values=web --region "$REGION"
aws ec2 describe-vpcs --vpc-ids vpc-0abc1234
aws s3api put-object --bucket "$BUCKET" --key build.zip --body ./build.zip
aws s3 cp ./build.zip "s3://$BUCKET/build.zip"
aws lambda update-function-code --function-name api --zip-file fileb://build.zip
aws lambda invoke --function-name api --payload '{"warmup": true}' out.json  # expect: migrate.blob-text
aws lambda invoke --function-name api --payload fileb://event.json out.json
aws kinesis put-record --stream-name events --partition-key release --data "released"  # expect: migrate.blob-text
aws kinesis put-record --stream-name events --partition-key release --data fileb://release.bin
aws sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body done
aws sqs get-queue-attributes --queue-url file://queue-url.txt  # expect: migrate.file-exempt
aws dynamodb put-item --table-name releases --item '{"id": {"S": "42"}, "sig": {"B": "c2lnbmVk"}}'  # expect: migrate.blob-text
aws dynamodb get-item --table-name releases --key '{"id": {"S": "42"}}'
aws cloudformation deploy --template-file stack.yaml --stack-name app  # expect: migrate.deploy-empty-changeset
aws cloudformation create-stack --stack-name app2 --template-body https://example.com/stack.json  # expect: migrate.url-downloaded
aws --v2-debug ec2 describe-security-groups --group-ids sg-12345678  # expect: migrate.v1-global-option
aws deploy create-deployment-group --application-name app --deployment-group-name web --service-role-arn arn:aws:iam::123456789012:role/deploy --ec-2-tag-set 'ec2TagSetList=[[{Key=Role,Value=web,Type=KEY_AND_VALUE}]]'  # expect: migrate.hidden-alias
$(aws ecr get-login --no-include-email --region us-east-1 --registry-ids 123456789012)  # expect: migrate.ecr-get-login
aws ec2 describe-instances --query 'Reservations[].Instances[].LaunchTime' --output text  # expect: migrate.timestamp-output
aws ec2 describe-images --owners self --query 'Images[].CreationDate' --output text
aws ec2 describe-images --owners self --query 'Images[].ImageId' --output text
aws iam list-users --cli-input-json '{"Marker": "abc", "MaxItems": 10}'  # expect: migrate.paging-keys
aws ec2 describe-instances --instance-ids i-0123456789abcdef0 || status=$?
if [ "${status:-0}" -eq 1 ]; then echo "bad request"; fi
aws ssm get-parameter --name /release/version
if [ $? -eq 255 ]; then echo "failed"; fi  # expect: migrate.return-code
aws s3 cp "s3://$BUCKET/build.zip" s3://my-archive-bucket/build.zip  # expect: migrate.s3-copy-props
